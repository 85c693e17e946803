import Link from "next/link";
import { auth } from "@/auth";
import { primaryButton, secondaryButton } from "@/components/button-styles";
import { GatewayBadge } from "@/components/gateway-badge";
import { FLOW_DESCRIPTIONS, FLOWS } from "@/lib/auth/flows";
import { PORTAL_PATHS } from "@/lib/auth/paths";
import { env } from "@/lib/env";

export default async function HomePage() {
  const session = await auth();
  const settings = env();
  const gatewayHost = new URL(settings.gatewayUrl).host;
  const signedIn = Boolean(session?.identity);
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5">
        <h1 className="text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl">
          Sign in with <span className="whitespace-nowrap">Smart-ID+</span> through the Dokobit Identity Gateway
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          This portal is what a relying party builds: it starts a sign-in at the gateway, sends you to the gateway's
          page, checks the answer on its server and gives you a session. Try each flow and see exactly what comes back.
        </p>
        <div className="flex flex-wrap items-center gap-2 text-slate-700">
          <span>Gateway:</span>
          <GatewayBadge kind={settings.gatewayKind} />
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-sm">{gatewayHost}</code>
        </div>
        {settings.gatewayKind === "emulator" ? (
          <p className="max-w-2xl rounded-lg border border-emulator-300 bg-emulator-50 p-3 text-sm text-emulator-900">
            The embedded emulator stands in for the gateway: it has its own sign-in page, a virtual Smart-ID app and
            SK's demo identities, so every flow works with no Smart-ID account.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {signedIn ? (
            <Link href={PORTAL_PATHS.dashboard} className={primaryButton}>
              Go to your dashboard
            </Link>
          ) : (
            <Link href="/sign-in" className={primaryButton}>
              Sign in
            </Link>
          )}
          {signedIn ? (
            <Link href="/sign-in" className={secondaryButton}>
              Sign in again
            </Link>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="flows-heading" className="flex flex-col gap-4">
        <h2 id="flows-heading" className="text-xl font-semibold text-slate-900">
          Three ways in
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {FLOWS.map((flow) => (
            <li key={flow} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="font-semibold text-slate-900">{FLOW_DESCRIPTIONS[flow].label}</h3>
              <p className="flex-1 text-sm text-slate-600">{FLOW_DESCRIPTIONS[flow].summary}</p>
              <Link
                href={`/sign-in?flow=${flow}`}
                className="text-sm font-medium text-brand-800 underline-offset-4 hover:underline"
              >
                Sign in this way<span className="sr-only"> ({FLOW_DESCRIPTIONS[flow].label})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
