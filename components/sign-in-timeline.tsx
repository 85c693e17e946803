import type { SignInTimeline as Timeline } from "@/lib/auth/identity";
import { formatDateTime, formatDuration } from "./format";

/** Started → sent to the gateway → returned → signed in, each with the time since the step before. */
export function SignInTimeline({ timeline }: { timeline: Timeline }) {
  const steps: Array<{ label: string; at: number | undefined }> = [
    { label: "Started at the portal", at: timeline.startedAt },
    { label: "Sent to the gateway", at: timeline.sentAt },
    { label: "Returned from the gateway", at: timeline.returnedAt },
    { label: "Signed in", at: timeline.signedInAt },
  ];
  let previous: number | undefined;
  return (
    <ol className="flex flex-col gap-3" data-testid="timeline">
      {steps.map((step) => {
        const since = step.at !== undefined && previous !== undefined ? step.at - previous : undefined;
        if (step.at !== undefined) previous = step.at;
        return (
          <li key={step.label} className="flex gap-3">
            <span aria-hidden="true" className="mt-1.5 size-2.5 shrink-0 rounded-full bg-brand-600" />
            <div className="flex flex-col">
              <span className="font-medium text-slate-900">{step.label}</span>
              <span className="text-sm text-slate-600">
                {step.at === undefined ? "not recorded" : formatDateTime(step.at)}
                {since !== undefined ? ` · +${formatDuration(since)}` : ""}
              </span>
            </div>
          </li>
        );
      })}
      <li className="text-sm text-slate-600">
        Total: {formatDuration(timeline.signedInAt - timeline.startedAt)} from start to session.
      </li>
    </ol>
  );
}
