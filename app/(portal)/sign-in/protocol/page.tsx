import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { secondaryButton, textLink } from "@/components/portal/button-styles";
import { NoSignIn } from "@/components/portal/no-sign-in";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { ProtocolView } from "@/components/portal/protocol/protocol-view";
import { bindingForPage } from "@/lib/portal/auth/binding-cookie";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";
import { requestPresenterMode } from "@/lib/portal/preferences/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("protocol") };
}

/**
 * The protocol of the sign-in in progress in this browser, drawn from the records in its sealed binding cookie
 * (already redacted when they were made): what the portal has seen so far, what the gateway and the app do out of
 * its sight, and the steps still to come. Read-only: it never changes the binding.
 */
export default async function ProtocolPage({ searchParams }: PageProps<"/sign-in/protocol">) {
  const [binding, presenter, t, tf] = await Promise.all([
    bindingForPage(),
    requestPresenterMode((await searchParams).present),
    getTranslations("protocol"),
    getTranslations("flows"),
  ]);
  if (binding === "unavailable") {
    const reasons = await getTranslations("reasons");
    return <NoSignIn title={reasons("unavailable.title")} text={reasons("unavailable.text")} />;
  }
  if (!binding.ok) {
    const expired = binding.problem === "expired" || binding.problem === "stale";
    return (
      <div className="flex flex-col gap-6">
        <PresenterMode mode={presenter} />
        <NoSignIn title={t("page.noneTitle")} text={expired ? t("page.expiredText") : t("page.noneText")} />
        <p>
          <Link href={`${PORTAL_PATHS.dashboard}#protocol-heading`} className={textLink}>
            {t("heading")}
          </Link>
        </p>
      </div>
    );
  }
  const { state } = binding;
  return (
    <div className="flex flex-col gap-6">
      <PresenterMode mode={presenter} />
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-300">
          {tf(`${state.flow}.label`)}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">{t("page.title")}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("page.intro")}</p>
      </div>
      <ProtocolView flow={state.flow} records={state.protocol ?? []} startedAt={state.startedAt} finished={false} />
      <p>
        {/* A plain link: Next's <Link> would prefetch it. */}
        <a href={PORTAL_PATHS.continue} className={secondaryButton}>
          {t("page.backToGateway")}
        </a>
      </p>
    </div>
  );
}
