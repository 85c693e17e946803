import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auth } from "@/auth";
import { primaryButton, secondaryButton } from "@/components/portal/button-styles";
import { GatewayBadge } from "@/components/portal/gateway-badge";
import { GuidedTour } from "@/components/portal/guided-tour";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";
import { requestPresenterMode } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const [session, presenter, t] = await Promise.all([
    auth(),
    requestPresenterMode((await searchParams).present),
    getTranslations("home"),
  ]);
  const settings = env();
  const gatewayHost = new URL(settings.gatewayUrl).host;
  const signedIn = Boolean(session?.identity);
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5">
        <PresenterMode mode={presenter} />
        <h1 className="text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-slate-100">
          {t.rich("title", { nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span> })}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-2 text-slate-700 dark:text-slate-300">
          <span>{t("gateway")}</span>
          <GatewayBadge kind={settings.gatewayKind} />
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-sm dark:bg-slate-800">{gatewayHost}</code>
        </div>
        {settings.gatewayKind === "emulator" ? (
          <p className="max-w-2xl rounded-lg border border-emulator-300 bg-emulator-50 p-3 text-sm text-emulator-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {t("emulatorNote")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {signedIn ? (
            <Link href={PORTAL_PATHS.dashboard} className={primaryButton}>
              {t("toDashboard")}
            </Link>
          ) : (
            <Link href={PORTAL_PATHS.signIn} className={primaryButton}>
              {t("signIn")}
            </Link>
          )}
          {signedIn ? (
            <Link href={PORTAL_PATHS.signIn} className={secondaryButton}>
              {t("signInAgain")}
            </Link>
          ) : null}
        </div>
      </section>

      <GuidedTour />
    </div>
  );
}
