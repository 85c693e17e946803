import type { Messages } from "@/lib/emulator/i18n";
import { fill } from "@/lib/emulator/i18n";

/**
 * The virtual phone, opened for this request alone (its secret id), in the page's language (English, the phone's
 * default, needs no parameter).
 */
function virtualPhoneHref(requestId: string, locale: string): string {
  const query = new URLSearchParams({ request: requestId });
  if (locale !== "en") query.set("_locale", locale);
  return `/emulator/phone?${query}`;
}

/** The verification code and the time left, while the person answers on the phone. */
export function PhoneRequestWait({
  locale,
  messages,
  verificationCode,
  secondsLeft,
  requestId,
}: {
  locale: string;
  messages: Messages;
  verificationCode: string;
  secondsLeft: number;
  requestId: string;
}) {
  return (
    <section aria-labelledby="vc-heading" className="flex flex-col items-center gap-3 text-center">
      <h2 id="vc-heading" className="text-lg font-semibold">
        {messages.verificationHeading}
      </h2>
      <p data-testid="verification-code" className="font-mono text-5xl font-bold tracking-widest text-brand-800">
        {verificationCode}
      </p>
      <p className="max-w-sm text-sm text-slate-700">{messages.verificationSteps}</p>
      <p role="status" className="text-sm font-medium">
        {messages.waitingForPhone}{" "}
        <span className="text-slate-600">{fill(messages.secondsLeft, { seconds: secondsLeft })}</span>
      </p>
      <a
        href={virtualPhoneHref(requestId, locale)}
        target="_blank"
        rel="noopener"
        className="rounded-md border border-emulator-500 bg-emulator-50 px-3 py-1.5 text-sm font-medium text-emulator-900"
      >
        {messages.openVirtualPhone}
      </a>
    </section>
  );
}
