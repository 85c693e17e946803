import Link from "next/link";
import { useTranslations } from "next-intl";
import { FLOWS } from "@/lib/portal/auth/flows";
import { signInPath } from "@/lib/portal/auth/paths";
import { textLink } from "./button-styles";

/**
 * The start page's tour for someone who has never heard of Smart-ID+: one card per flow, saying when it fits, each
 * starting that flow in presenter mode, so every step that follows explains itself.
 */
export function GuidedTour() {
  const t = useTranslations("tour");
  const flows = useTranslations("flows");
  return (
    <section aria-labelledby="tour-heading" className="flex flex-col gap-4">
      <h2 id="tour-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-100">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <ol className="grid gap-4 sm:grid-cols-3">
        {FLOWS.map((flow, index) => (
          <li
            key={flow}
            data-testid={`tour-${flow}`}
            className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase dark:text-brand-300">
              {t("step", { number: index + 1 })}
            </p>
            <h3 className="font-semibold text-slate-900 dark:text-slate-100">{flows(`${flow}.label`)}</h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{flows(`${flow}.summary`)}</p>
            <div className="flex flex-1 flex-col gap-1">
              <h4 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{t("whenToUse")}</h4>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t(`${flow}.when`)}</p>
            </div>
            <Link href={`${signInPath({ flow })}&present=1`} className={`text-sm ${textLink}`}>
              {t("start")}
              <span className="sr-only"> ({flows(`${flow}.label`)})</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
