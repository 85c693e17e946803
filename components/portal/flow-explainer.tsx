"use client";

import { useTranslations } from "next-intl";
import type { Flow } from "@/lib/portal/auth/flows";

/**
 * Presenter mode's side panel: in two sentences, what is happening at this step of this flow and why it matters.
 * A client component so that the sign-in form can show the flow being chosen as it changes.
 */
export function FlowExplainer({ stage, flow }: { stage: "signIn" | "redirect"; flow: Flow }) {
  const t = useTranslations("presenter");
  const explain = useTranslations(`explain.${stage}.${flow}`);
  return (
    <aside
      aria-labelledby="explainer-heading"
      data-testid="presenter-panel"
      className="flex flex-col gap-3 self-start rounded-xl border-l-4 border-brand-600 bg-white p-5 shadow-sm lg:sticky lg:top-6 dark:border-brand-400 dark:bg-slate-900"
    >
      <h2
        id="explainer-heading"
        className="text-sm font-semibold tracking-wide text-brand-800 uppercase dark:text-brand-300"
      >
        {t("panelLabel")}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">
        <strong className="font-semibold">{t("now")}: </strong>
        {explain("now")}
      </p>
      <p className="text-slate-800 dark:text-slate-200">
        <strong className="font-semibold">{t("whyItMatters")}: </strong>
        {explain("why")}
      </p>
    </aside>
  );
}
