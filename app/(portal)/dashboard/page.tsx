import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { secondaryButton } from "@/components/button-styles";
import { Card, Fact, Facts } from "@/components/card";
import { Disclosure } from "@/components/disclosure";
import { formatDateTime } from "@/components/format";
import { SignInTimeline } from "@/components/sign-in-timeline";
import { summarizeCertificate } from "@/lib/auth/certificate";
import { signInDetails } from "@/lib/auth/details";
import { FLOW_DESCRIPTIONS } from "@/lib/auth/flows";
import type { SignInDetails } from "@/lib/auth/identity";
import { countryName, methodName } from "@/lib/auth/sign-in-request";
import { causedByLostStore } from "@/lib/auth/unavailable";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await auth();
  const identity = session?.identity;
  // proxy.ts already sends signed-out visitors to sign in; this keeps the page safe on its own.
  if (!session || !identity) redirect("/sign-in?callbackUrl=/dashboard");
  const details = await readDetails(identity.signInId);
  const certificate = details.kept ? summarizeCertificate(details.kept.certificateDer) : null;
  const method = methodName(identity.method);
  const flow = FLOW_DESCRIPTIONS[identity.flow].label;

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-1">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">Signed in</p>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900" data-testid="person-name">
            {identity.givenName} {identity.surname}
          </h1>
          <p className="text-slate-700">
            with {method} through the {flow} flow, confirmed by the Identity Gateway
          </p>
        </div>
        <form action={signOutAction}>
          <button type="submit" className={secondaryButton}>
            Sign out
          </button>
        </form>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Who you are" id="identity-heading">
          <Facts>
            <Fact label="Name">
              {identity.givenName} {identity.surname}
            </Fact>
            <Fact label="Personal code" testId="personal-code">
              {identity.personalCode}
            </Fact>
            <Fact label="Country">
              {countryName(identity.country) ?? identity.country} ({identity.country})
            </Fact>
            <Fact label="Method" testId="method">
              {method}
            </Fact>
            <Fact label="Flow" testId="flow">
              {flow}
            </Fact>
            {identity.phone ? <Fact label="Phone">{identity.phone}</Fact> : null}
            <Fact label="Authenticated" testId="authenticated-at">
              {formatDateTime(identity.authenticatedAt)}
              {identity.authenticatedAtByPortal ? (
                <span className="block text-sm text-slate-600">
                  when this portal read the answer: the gateway's own time was missing or unreadable
                </span>
              ) : null}
            </Fact>
            <Fact label="Session ends" testId="session-ends">
              {formatDateTime(session.expires)}
            </Fact>
          </Facts>
        </Card>

        <Card title="How you signed in" id="timeline-heading">
          {details.kept ? (
            <SignInTimeline timeline={details.kept.timeline} />
          ) : (
            <DetailsGone missing={details.missing} />
          )}
        </Card>
      </div>

      <Card title="Authentication certificate" id="certificate-heading">
        {certificate ? (
          <>
            <Facts>
              <Fact label="Subject" testId="certificate-subject" mono>
                <AttributeLines attributes={certificate.subject} />
              </Fact>
              <Fact label="Issuer" mono>
                <AttributeLines attributes={certificate.issuer} />
              </Fact>
              <Fact label="Serial number" mono>
                {certificate.serialNumber}
              </Fact>
              <Fact label="Valid from">{formatDateTime(certificate.validFrom)}</Fact>
              <Fact label="Valid to">{formatDateTime(certificate.validTo)}</Fact>
              <Fact label="Public key">{certificate.key}</Fact>
              <Fact label="SHA-256 fingerprint" testId="certificate-fingerprint" mono>
                {certificate.fingerprint256}
              </Fact>
            </Facts>
            <p>
              <a href="/api/me/certificate" download className={secondaryButton}>
                Download certificate (PEM)
              </a>
            </p>
          </>
        ) : details.kept ? (
          <p className="text-slate-700" data-testid="no-certificate">
            {details.kept.noCertificateReturned
              ? "No certificate returned: the gateway's answer held none for this sign-in."
              : "The gateway's answer held a certificate this portal could not read."}
          </p>
        ) : (
          <DetailsGone missing={details.missing} />
        )}
      </Card>

      {details.kept ? (
        <Disclosure summary="The gateway's status answer (certificate shortened)">
          <p className="text-sm text-slate-600">
            What <code>GET /api/authentication/{"{token}"}/status</code> returned, as the portal read it before making
            your session: the fields it knows (others are dropped), the certificate shortened.
          </p>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must be able to scroll it sideways on a phone
            tabIndex={0}
            className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-100"
            data-testid="gateway-answer"
          >
            {JSON.stringify(details.kept.gatewayAnswer, null, 2)}
          </pre>
        </Disclosure>
      ) : null}
    </div>
  );
}

/** The server-side half of the session, or why it cannot be shown. */
async function readDetails(
  signInId: string,
): Promise<{ kept: SignInDetails; missing?: undefined } | { kept?: undefined; missing: "expired" | "unavailable" }> {
  try {
    const kept = await signInDetails(signInId);
    return kept ? { kept } : { missing: "expired" };
  } catch (error) {
    if (causedByLostStore(error)) return { missing: "unavailable" };
    throw error;
  }
}

function DetailsGone({ missing }: { missing: "expired" | "unavailable" }) {
  return (
    <p className="text-slate-700" data-testid="details-gone">
      {missing === "unavailable"
        ? "The details of this sign-in cannot be read right now; try again in a moment."
        : "The details of this sign-in (certificate, timeline, the gateway's answer) are no longer kept: they expire an hour after they were last shown, and a portal that keeps its state in memory forgets them when it restarts. Sign out and in again to see them."}
    </p>
  );
}

/** A distinguished name, one attribute a line. */
function AttributeLines({ attributes }: { attributes: string[] }) {
  return (
    <span className="flex flex-col">
      {attributes.map((attribute) => (
        <span key={attribute}>{attribute}</span>
      ))}
    </span>
  );
}
