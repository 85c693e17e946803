import type { HostedState } from "@/lib/emulator/hosted/state";
import { countryList, countryName, fill, type GatewayLocale, type Messages } from "@/lib/emulator/i18n";
import { emulatorButton } from "../shared/button-styles";

type Ended = Exclude<HostedState, { state: "waiting" }>;

/** What went wrong, in a sentence, for an ending that needs more than its heading. */
function detailOf(outcome: Ended, messages: Messages, rpName: string, lang: GatewayLocale): string | undefined {
  if (outcome.state === "failed") return messages[`end${outcome.endResult}`];
  if (outcome.state === "not-resident") {
    return fill(messages.residencyRefused, {
      rp: rpName,
      countries: countryList(outcome.supported, lang),
      country: countryName(outcome.country, lang),
    });
  }
  return undefined;
}

/** What the page says once a session has ended, with the way back to the service. */
export function HostedOutcome({
  outcome,
  messages,
  rpName,
  lang,
}: {
  outcome: Ended;
  messages: Messages;
  rpName: string;
  lang: GatewayLocale;
}) {
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
  const detail = detailOf(outcome, messages, rpName, lang);
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
        <p
          data-testid="end-result"
          data-end-result={
            outcome.state === "failed"
              ? outcome.endResult
              : outcome.state === "not-resident"
                ? "NOT_RESIDENT"
                : undefined
          }
        >
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
