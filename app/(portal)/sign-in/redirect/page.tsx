import type { Metadata } from "next";
import { AutoContinue } from "@/components/auto-continue";
import { primaryButton } from "@/components/button-styles";
import { Card, Fact, Facts } from "@/components/card";
import { NoSignIn } from "@/components/no-sign-in";
import { requireBinding } from "@/lib/auth/binding-cookie";
import { FLOW_DESCRIPTIONS } from "@/lib/auth/flows";
import { PORTAL_PATHS } from "@/lib/auth/paths";
import { SIGN_IN_FAILURES } from "@/lib/auth/reasons";
import { METHOD_NAMES } from "@/lib/auth/sign-in-request";
import { causedByLostStore } from "@/lib/auth/unavailable";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "On to the gateway" };

/**
 * "Render the gateway redirect": what the portal asked the gateway for and where the browser goes next, read from
 * the sealed binding cookie (never from the URL), then on to the gateway after a short pause.
 */
export default async function RedirectPage() {
  let binding: Awaited<ReturnType<typeof requireBinding>>;
  try {
    binding = await requireBinding();
  } catch (error) {
    if (!causedByLostStore(error)) throw error;
    return <NoSignIn title={SIGN_IN_FAILURES.unavailable.title} text={SIGN_IN_FAILURES.unavailable.text} />;
  }
  if (!binding.ok) {
    return (
      <NoSignIn
        title="No sign-in in progress"
        text={
          binding.problem === "expired" || binding.problem === "stale"
            ? "The sign-in you started has expired."
            : "This browser has no sign-in waiting to go to the gateway."
        }
      />
    );
  }
  const { state } = binding;
  const settings = env();
  const gateway = new URL(state.gatewayUrl);
  const rows: Array<[string, string]> = [
    ["return_url", state.sent.return_url],
    ["smartid_qr_flow", String(state.sent.smartid_qr_flow)],
  ];
  if (state.sent.app2app_url) rows.push(["app2app_url", state.sent.app2app_url]);
  if (state.sent.authentication_methods) {
    rows.push([
      "authentication_methods",
      state.sent.authentication_methods.map((method) => METHOD_NAMES[method]).join(", "),
    ]);
  }
  if (state.sent.country_code) rows.push(["country_code", state.sent.country_code]);
  if (state.sent.code) rows.push(["code", state.sent.code]);
  if (state.sent.phone) rows.push(["phone", state.sent.phone]);

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">
          {FLOW_DESCRIPTIONS[state.flow].label}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Taking you to the Identity Gateway</h1>
        <p className="text-slate-700">{FLOW_DESCRIPTIONS[state.flow].summary}</p>
      </div>

      <Card title="Where your browser goes next" id="destination-heading">
        <Facts>
          <Fact label="Gateway" testId="gateway-host" mono>
            {gateway.host}
          </Fact>
          <Fact label="Sign-in page" mono>
            {gateway.pathname}
          </Fact>
        </Facts>
      </Card>

      <Card
        id="sent-heading"
        title={
          <>
            What the portal sent to <code className="text-sm whitespace-nowrap">POST /api/authentication/create</code>
          </>
        }
      >
        <Facts>
          {rows.map(([name, value]) => (
            <Fact key={name} label={<code>{name}</code>} mono>
              {value}
            </Fact>
          ))}
          <Fact label={<code>access_token</code>}>
            <span className="text-sm text-slate-600 italic">kept on the server, never sent to your browser</span>
          </Fact>
        </Facts>
      </Card>

      <div className="flex flex-wrap items-center gap-4">
        {/* A plain link: Next's <Link> would prefetch it. */}
        <a href={PORTAL_PATHS.continue} className={primaryButton}>
          Continue
        </a>
        <AutoContinue href={PORTAL_PATHS.continue} delayMs={settings.signInRedirectDelayMs} label="Continuing" />
      </div>
    </div>
  );
}
