import { useLocale, useTranslations } from "next-intl";
import type { SignInTimeline as Timeline } from "@/lib/portal/auth/identity";
import { formatDuration, formatTime } from "./format";

/** Started → sent to the gateway → returned → signed in, each with the time taken since the step before. */
export function SignInTimeline({ timeline }: { timeline: Timeline }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const steps: Array<{ key: string; label: string; hint: string; at: number | undefined }> = [
    { key: "started", label: t("started"), hint: t("startedHint"), at: timeline.startedAt },
    { key: "sent", label: t("sent"), hint: t("sentHint"), at: timeline.sentAt },
    { key: "returned", label: t("returned"), hint: t("returnedHint"), at: timeline.returnedAt },
    { key: "signed-in", label: t("signedIn"), hint: t("signedInHint"), at: timeline.signedInAt },
  ];
  let previous: number | undefined;
  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col" data-testid="timeline">
        {steps.map((step, index) => {
          const since = step.at !== undefined && previous !== undefined ? step.at - previous : undefined;
          if (step.at !== undefined) previous = step.at;
          const last = index === steps.length - 1;
          return (
            <li key={step.key} className="relative flex gap-3 pb-4 last:pb-0">
              {last ? null : (
                <span
                  aria-hidden="true"
                  className="absolute top-4 bottom-0 left-[0.3125rem] w-px bg-brand-200 dark:bg-brand-800"
                />
              )}
              <span
                aria-hidden="true"
                className={`relative mt-1.5 size-2.5 shrink-0 rounded-full ${step.at === undefined ? "bg-slate-300 dark:bg-slate-600" : "bg-brand-600 dark:bg-brand-400"}`}
              />
              <div className="flex min-w-0 flex-1 flex-col">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-medium text-slate-900 dark:text-slate-100">{step.label}</span>
                  {since !== undefined ? (
                    <span className="font-mono text-sm text-brand-800 dark:text-brand-300">
                      +{formatDuration(since, locale)}
                    </span>
                  ) : null}
                </div>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {step.at === undefined ? t("notRecorded") : formatTime(step.at, locale)} · {step.hint}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="flex items-baseline justify-between gap-3 border-t border-slate-200 pt-3 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
        <span>{t("total")}</span>
        <span className="font-mono font-semibold text-slate-900 dark:text-slate-100" data-testid="timeline-total">
          {formatDuration(timeline.signedInAt - timeline.startedAt, locale)}
        </span>
      </p>
    </div>
  );
}
