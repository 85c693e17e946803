import type { Metadata } from "next";
import { HostedSignIn } from "@/components/emulator/hosted/hosted-sign-in";
import { EmulatorBanner } from "@/components/emulator/shared/emulator-banner";
import { DEMO_IDENTITIES, identitiesFor } from "@/lib/emulator/engine/identities";
import { AUTH_METHODS, type EmulatorSession } from "@/lib/emulator/engine/model";
import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { sameDeviceLink } from "@/lib/emulator/hosted/smartid";
import { hostedState } from "@/lib/emulator/hosted/state";
import { emulatorBase } from "@/lib/emulator/http";
import { fill, GATEWAY_LOCALES, type Messages, messagesFor, pickLocale } from "@/lib/emulator/i18n";
import { isStoreUnavailable } from "@/lib/shared/store/state-store";

export const metadata: Metadata = {
  title: { absolute: "Sign in · Identity Gateway emulator" },
  robots: { index: false },
};

const LANGUAGE_NAMES: Record<(typeof GATEWAY_LOCALES)[number], string> = {
  en: "English",
  lt: "Lietuvių",
  lv: "Latviešu",
  et: "Eesti",
  ru: "Русский",
};

/** The page while the emulator's state store cannot be reached: say so, and nothing else. */
function Unavailable({ lang, messages }: { lang: string; messages: Messages }) {
  return (
    <div lang={lang} className="min-h-dvh bg-slate-50">
      <EmulatorBanner text={messages.banner} detail={messages.bannerDetail} />
      <main className="mx-auto flex w-full max-w-2xl flex-col gap-3 px-4 py-8">
        <h1 className="text-2xl font-semibold">{messages.unavailableHeading}</h1>
        <p className="text-slate-700">{messages.unavailableText}</p>
      </main>
    </div>
  );
}

/**
 * `GET {gateway}/auth/{token}`: the gateway's hosted sign-in page, as the integrator redirects the browser to it.
 * `_locale` picks its language; `present=1` (the emulator's own, sent by the portal in presenter mode) makes the
 * Smart-ID QR code big enough to scan from the back of a room.
 */
export default async function HostedSignInPage(props: PageProps<"/emulator/auth/[token]">) {
  const { token } = await props.params;
  const query = await props.searchParams;
  const locale = pickLocale(query._locale);
  const present = query.present === "1";
  const messages = messagesFor(locale);
  const lang = locale;
  const now = Date.now();
  let session: EmulatorSession | undefined;
  try {
    session = await emulatorSessions().read(token, now);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return <Unavailable lang={lang} messages={messages} />;
  }

  const rpName = session ? session.smartId.brokeredRpName || session.smartId.relyingPartyName : "";
  const methods = session
    ? AUTH_METHODS.filter((method) => session.request.authenticationMethods.includes(method))
    : [];
  const qrFlow = session?.request.smartidQrFlow ?? false;
  const sameDevice =
    session && qrFlow && session.state.kind === "waiting" && methods.includes("smartid")
      ? sameDeviceLink(session, emulatorBase(), locale)
      : undefined;

  const regionNames = new Intl.DisplayNames([lang], { type: "region" });
  const countries = [...new Set(identitiesFor("smartid").map((identity) => identity.country))].map((code) => ({
    code,
    name: regionNames.of(code) ?? code,
  }));
  const cards = DEMO_IDENTITIES.filter((identity) => identity.methods.includes("smartcard")).map((identity) => ({
    identityKey: identity.key,
    label: fill(messages.smartcardCardLabel, {
      name: identity.givenName,
      surname: identity.surname,
      country: identity.country,
      code: identity.nationalCode,
    }),
  }));

  return (
    <div lang={lang} className="min-h-dvh bg-slate-50">
      <EmulatorBanner text={messages.banner} detail={messages.bannerDetail} />
      <main className={`mx-auto flex w-full flex-col gap-6 px-4 py-8 ${present ? "max-w-5xl" : "max-w-2xl"}`}>
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold tracking-wide text-emulator-700 uppercase">Identity Gateway</p>
            <h1 className="text-3xl font-semibold">{messages.title}</h1>
            {session ? <p className="mt-1 text-slate-700">{fill(messages.intro, { rp: rpName })}</p> : null}
          </div>
          <nav aria-label={messages.languageLabel} className="flex gap-2 text-sm">
            {GATEWAY_LOCALES.map((code) => (
              <a
                key={code}
                href={`?_locale=${code}${present ? "&present=1" : ""}`}
                lang={code}
                aria-current={code === locale ? "true" : undefined}
                className={code === locale ? "font-semibold text-slate-900" : "text-brand-700 underline"}
              >
                {LANGUAGE_NAMES[code]}
              </a>
            ))}
          </nav>
        </header>
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <HostedSignIn
            token={token}
            locale={locale}
            messages={messages}
            rpName={rpName}
            methods={methods}
            qrFlow={qrFlow}
            present={present}
            sameDevice={sameDevice ? { type: sameDevice.type, link: sameDevice.link } : undefined}
            prefill={{
              countryCode: session?.request.countryCode,
              code: session?.request.code,
              phone: session?.request.phone,
            }}
            countries={countries}
            cards={cards}
            initial={hostedState(session, now)}
          />
        </div>
      </main>
    </div>
  );
}
