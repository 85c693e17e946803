import type { HostedState } from "@/lib/emulator/hosted/state";
import { fill, type Messages } from "@/lib/emulator/i18n";
import { emulatorButton } from "../shared/button-styles";

type Ended = Exclude<HostedState, { state: "waiting" }>;

/** What the page says once a session has ended, with the way back to the service. */
export function HostedOutcome({ outcome, messages, rpName }: { outcome: Ended; messages: Messages; rpName: string }) {
  if (outcome.state === "closed") {
    return (
      <section aria-labelledby="outcome-heading" className="flex flex-col gap-3">
        <h2 id="outcome-heading" className="text-lg font-semibold">
          {messages.closedHeading}
        </h2>
        <p className="text-slate-700">{messages.closedText}</p>
      </section>
    );
  }
  const heading =
    outcome.state === "authenticated"
      ? fill(messages.authenticated, { rp: rpName })
      : outcome.state === "cancelled"
        ? messages.cancelled
        : messages.failedHeading;
  const detail = outcome.state === "failed" ? messages[`end${outcome.endResult}`] : undefined;
  const linkText =
    outcome.state === "authenticated"
      ? fill(messages.continueToService, { rp: rpName })
      : fill(messages.backToService, { rp: rpName });
  return (
    <section aria-labelledby="outcome-heading" className="flex flex-col items-start gap-3" data-outcome={outcome.state}>
      <h2 id="outcome-heading" role="status" className="text-lg font-semibold">
        {heading}
      </h2>
      {detail ? (
        <p data-testid="end-result" data-end-result={outcome.state === "failed" ? outcome.endResult : undefined}>
          {detail}
        </p>
      ) : null}
      {outcome.returnTo ? (
        <a href={outcome.returnTo} className={emulatorButton}>
          {linkText}
        </a>
      ) : null}
    </section>
  );
}
