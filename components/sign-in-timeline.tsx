import type { SignInTimeline as Timeline } from "@/lib/auth/identity";
import { formatDuration, formatTime } from "./format";

/** Started → sent to the gateway → returned → signed in, each with the time taken since the step before. */
export function SignInTimeline({ timeline }: { timeline: Timeline }) {
  const steps: Array<{ label: string; hint: string; at: number | undefined }> = [
    { label: "Started at the portal", hint: "sign-in created at the gateway", at: timeline.startedAt },
    { label: "Sent to the gateway", hint: "the browser left for the gateway's page", at: timeline.sentAt },
    { label: "Returned from the gateway", hint: "the gateway sent the browser back", at: timeline.returnedAt },
    { label: "Signed in", hint: "answer checked, session made", at: timeline.signedInAt },
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
            <li key={step.label} className="relative flex gap-3 pb-4 last:pb-0">
              {last ? null : (
                <span aria-hidden="true" className="absolute top-4 bottom-0 left-[0.3125rem] w-px bg-brand-200" />
              )}
              <span
                aria-hidden="true"
                className={`relative mt-1.5 size-2.5 shrink-0 rounded-full ${step.at === undefined ? "bg-slate-300" : "bg-brand-600"}`}
              />
              <div className="flex min-w-0 flex-1 flex-col">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-medium text-slate-900">{step.label}</span>
                  {since !== undefined ? (
                    <span className="font-mono text-sm text-brand-800">+{formatDuration(since)}</span>
                  ) : null}
                </div>
                <span className="text-sm text-slate-600">
                  {step.at === undefined ? "not recorded" : formatTime(step.at)} · {step.hint}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="flex items-baseline justify-between gap-3 border-t border-slate-200 pt-3 text-sm text-slate-700">
        <span>From start to signed in</span>
        <span className="font-mono font-semibold text-slate-900" data-testid="timeline-total">
          {formatDuration(timeline.signedInAt - timeline.startedAt)}
        </span>
      </p>
    </div>
  );
}
