import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AutoContinue } from "@/components/portal/auto-continue";
import { primaryButton } from "@/components/portal/button-styles";
import { Card, Fact, Facts } from "@/components/portal/card";
import { FlowExplainer } from "@/components/portal/flow-explainer";
import { NoSignIn } from "@/components/portal/no-sign-in";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { ProtocolLink } from "@/components/portal/protocol/protocol-link";
import { bindingForPage } from "@/lib/portal/auth/binding-cookie";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";
import { sentBodyOf } from "@/lib/portal/auth/protocol";
import { isKnownMethod } from "@/lib/portal/auth/sign-in-request";
import { localeSchema } from "@/lib/portal/preferences/choices";
import { LOCALE_NAMES } from "@/lib/portal/preferences/locale";
import { hostedPageForVisitor, requestPresenterMode } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("redirect") };
}

/**
 * "Render the gateway redirect": what the portal asked the gateway for and where the browser goes next, read from
 * the sealed binding cookie (never from the URL), then on to the gateway after a short pause.
 */
export default async function RedirectPage({ searchParams }: PageProps<"/sign-in/redirect">) {
  const [binding, presenter, t, tf, tm] = await Promise.all([
    bindingForPage(),
    requestPresenterMode((await searchParams).present),
    getTranslations("redirect"),
    getTranslations("flows"),
    getTranslations("methods"),
  ]);
  if (binding === "unavailable") {
    const reasons = await getTranslations("reasons");
    return <NoSignIn title={reasons("unavailable.title")} text={reasons("unavailable.text")} />;
  }
  if (!binding.ok) {
    return (
      <div className="flex flex-col gap-6">
        <PresenterMode mode={presenter} />
        <NoSignIn
          title={t("noSignInTitle")}
          text={binding.problem === "expired" || binding.problem === "stale" ? t("expired") : t("nothingWaiting")}
        />
      </div>
    );
  }
  const { state } = binding;
  const settings = env();
  // The same address /api/gateway/continue sends the browser to.
  const gateway = new URL(await hostedPageForVisitor(state.gatewayUrl));
  const sent = sentBodyOf(state.protocol);
  const rows: Array<[string, string]> = [];
  if (sent) {
    rows.push(["return_url", sent.return_url], ["smartid_qr_flow", String(sent.smartid_qr_flow)]);
    if (sent.app2app_url) rows.push(["app2app_url", sent.app2app_url]);
    if (sent.authentication_methods) {
      rows.push([
        "authentication_methods",
        sent.authentication_methods.map((method) => (isKnownMethod(method) ? tm(method) : method)).join(", "),
      ]);
    }
    if (sent.country_code) rows.push(["country_code", sent.country_code]);
    if (sent.code) rows.push(["code", sent.code]);
    if (sent.phone) rows.push(["phone", sent.phone]);
  }

  const added: Array<[string, string]> = [];
  const pageLocale = localeSchema.safeParse(gateway.searchParams.get("_locale"));
  if (pageLocale.success) {
    added.push(["_locale", t("localeValue", { value: pageLocale.data, language: LOCALE_NAMES[pageLocale.data] })]);
  }
  if (gateway.searchParams.get("present") === "1") added.push(["present", t("presentValue", { value: "1" })]);

  const content = (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-300">
          {tf(`${state.flow}.label`)}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{tf(`${state.flow}.summary`)}</p>
      </div>

      <Card title={t("destination")} id="destination-heading">
        <Facts>
          <Fact label={t("gateway")} testId="gateway-host" mono>
            {gateway.host}
          </Fact>
          <Fact label={t("page")} mono>
            {gateway.pathname}
          </Fact>
          {added.map(([name, value]) => (
            <Fact key={name} label={<code>{name}</code>} testId={`sent-${name}`}>
              {value}
            </Fact>
          ))}
        </Facts>
      </Card>

      <Card
        id="sent-heading"
        title={t.rich("sent", { code: (chunks) => <code className="text-sm whitespace-nowrap">{chunks}</code> })}
      >
        <Facts>
          {rows.map(([name, value]) => (
            <Fact key={name} label={<code>{name}</code>} mono>
              {value}
            </Fact>
          ))}
          <Fact label={<code>access_token</code>}>
            <span className="text-sm text-slate-600 italic dark:text-slate-400">{t("tokenKept")}</span>
          </Fact>
        </Facts>
      </Card>

      <div className="flex flex-wrap items-center gap-4">
        {/* A plain link: Next's <Link> would prefetch it. */}
        <a href={PORTAL_PATHS.continue} className={primaryButton}>
          {t("continue")}
        </a>
        {/* A presenter moves on when the room has read the page. */}
        {presenter.on ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("presenterWaits")}</p>
        ) : (
          <AutoContinue href={PORTAL_PATHS.continue} delayMs={settings.signInRedirectDelayMs} label="continuing" />
        )}
      </div>
      <ProtocolLink />
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      <PresenterMode mode={presenter} />
      {presenter.on ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          {content}
          <FlowExplainer stage="redirect" flow={state.flow} />
        </div>
      ) : (
        content
      )}
    </div>
  );
}
