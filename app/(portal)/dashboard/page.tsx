import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { auth, signOut } from "@/auth";
import { secondaryButton } from "@/components/portal/button-styles";
import { Card, Fact, Facts } from "@/components/portal/card";
import { Disclosure } from "@/components/portal/disclosure";
import { formatDateTime } from "@/components/portal/format";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { ProtocolView } from "@/components/portal/protocol/protocol-view";
import { SignInTimeline } from "@/components/portal/sign-in-timeline";
import { summarizeCertificate } from "@/lib/portal/auth/certificate";
import { signInDetails } from "@/lib/portal/auth/details";
import type { SignInDetails } from "@/lib/portal/auth/identity";
import { countryName, isKnownMethod } from "@/lib/portal/auth/sign-in-request";
import { causedByLostStore } from "@/lib/portal/auth/unavailable";
import { requestPresenterMode } from "@/lib/portal/preferences/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("dashboard") };
}

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const [session, presenter, locale, t, tf, tm, tp] = await Promise.all([
    auth(),
    requestPresenterMode((await searchParams).present),
    getLocale(),
    getTranslations("dashboard"),
    getTranslations("flows"),
    getTranslations("methods"),
    getTranslations("protocol"),
  ]);
  const identity = session?.identity;
  // proxy.ts already sends signed-out visitors to sign in; this keeps the page safe on its own.
  if (!session || !identity) redirect("/sign-in?callbackUrl=/dashboard");
  const details = await readDetails(identity.signInId);
  const certificate = details.kept ? summarizeCertificate(details.kept.certificateDer) : null;
  const gone = details.missing ? (
    <p className="text-slate-700 dark:text-slate-300" data-testid="details-gone">
      {t(details.missing === "unavailable" ? "detailsUnavailable" : "detailsGone")}
    </p>
  ) : null;
  // A method the portal does not know (the gateway may add some) is shown as the gateway wrote it.
  const method = isKnownMethod(identity.method) ? tm(identity.method) : identity.method;
  const flow = tf(`${identity.flow}.label`);

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }

  return (
    <div className="flex flex-col gap-6">
      <PresenterMode mode={presenter} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-1">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-300">
            {t("kicker")}
          </p>
          <h1
            className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100"
            data-testid="person-name"
          >
            {identity.givenName} {identity.surname}
          </h1>
          <p className="text-slate-700 dark:text-slate-300">{t("how", { method, flow })}</p>
        </div>
        <form action={signOutAction}>
          <button type="submit" className={secondaryButton}>
            {t("signOut")}
          </button>
        </form>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("who")} id="identity-heading">
          <Facts>
            <Fact label={t("name")}>
              {identity.givenName} {identity.surname}
            </Fact>
            <Fact label={t("personalCode")} testId="personal-code">
              {identity.personalCode}
            </Fact>
            <Fact label={t("country")} testId="country">
              {countryName(identity.country, locale) ?? identity.country} ({identity.country})
            </Fact>
            <Fact label={t("method")} testId="method">
              {method}
            </Fact>
            <Fact label={t("flow")} testId="flow">
              {flow}
            </Fact>
            {identity.phone ? <Fact label={t("phone")}>{identity.phone}</Fact> : null}
            <Fact label={t("authenticated")} testId="authenticated-at">
              {formatDateTime(identity.authenticatedAt, locale)}
              {identity.authenticatedAtByPortal ? (
                <span className="block text-sm text-slate-600 dark:text-slate-400">{t("portalClock")}</span>
              ) : null}
            </Fact>
            <Fact label={t("sessionEnds")} testId="session-ends">
              {formatDateTime(session.expires, locale)}
            </Fact>
          </Facts>
        </Card>

        {/* Without the details, the one place that says so: the timeline and the certificate are among them. */}
        <Card title={t("howHeading")} id="timeline-heading">
          {details.kept ? <SignInTimeline timeline={details.kept.timeline} /> : gone}
        </Card>
      </div>

      {details.kept?.protocol ? (
        <Card title={tp("heading")} id="protocol-heading">
          <ProtocolView
            flow={identity.flow}
            records={details.kept.protocol}
            startedAt={details.kept.timeline.startedAt}
            finished
          />
        </Card>
      ) : null}

      {details.kept ? (
        <Card title={t("certificate")} id="certificate-heading">
          {certificate ? (
            <>
              <Facts>
                <Fact label={t("subject")} testId="certificate-subject" mono>
                  <AttributeLines attributes={certificate.subject} />
                </Fact>
                <Fact label={t("issuer")} mono>
                  <AttributeLines attributes={certificate.issuer} />
                </Fact>
                <Fact label={t("serialNumber")} mono>
                  {certificate.serialNumber}
                </Fact>
                <Fact label={t("validFrom")}>{formatDateTime(certificate.validFrom, locale)}</Fact>
                <Fact label={t("validTo")}>{formatDateTime(certificate.validTo, locale)}</Fact>
                <Fact label={t("publicKey")}>{certificate.key}</Fact>
                <Fact label={t("fingerprint")} testId="certificate-fingerprint" mono>
                  {certificate.fingerprint256}
                </Fact>
              </Facts>
              <p>
                <a href="/api/me/certificate" download className={secondaryButton}>
                  {t("download")}
                </a>
              </p>
            </>
          ) : (
            <p className="text-slate-700 dark:text-slate-300" data-testid="no-certificate">
              {details.kept.noCertificateReturned ? t("noCertificate") : t("unreadableCertificate")}
            </p>
          )}
        </Card>
      ) : null}

      {details.kept ? (
        <Disclosure summary={t("answer")}>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t.rich("answerText", { code: (chunks) => <code>{chunks}</code> })}
          </p>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must be able to scroll it sideways on a phone
            tabIndex={0}
            className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-100 dark:bg-slate-950 dark:ring-1 dark:ring-slate-700"
            data-testid="gateway-answer"
          >
            {JSON.stringify(details.kept.gatewayAnswer, null, 2)}
          </pre>
        </Disclosure>
      ) : null}
    </div>
  );
}

/** The server-side half of the session (lib/portal/auth/details.ts), or why it cannot be shown. */
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
