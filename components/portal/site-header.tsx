import Link from "next/link";
import { useTranslations } from "next-intl";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";
import type { Locale } from "@/lib/portal/preferences/locale";
import type { Theme } from "@/lib/portal/preferences/theme";
import type { GatewayKind } from "@/lib/shared/env";
import { textLink } from "./button-styles";
import { GatewayBadge } from "./gateway-badge";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({
  gatewayKind,
  signedIn,
  locale,
  theme,
}: {
  gatewayKind: GatewayKind;
  signedIn: boolean;
  locale: Locale;
  theme: Theme;
}) {
  const t = useTranslations("header");
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex min-w-0 items-center gap-2 sm:gap-3">
          <Link
            href="/"
            className="flex min-w-0 items-center gap-2 rounded-lg font-semibold text-slate-900 dark:text-slate-100"
          >
            <span
              aria-hidden="true"
              className="grid size-8 shrink-0 place-items-center rounded-lg bg-brand-700 text-white"
            >
              iD
            </span>
            {/* On a phone the short name keeps the badge, the menus and the link on one line. */}
            <span className="truncate">
              {t("brand")}
              <span className="max-sm:sr-only">{t("brandSuffix")}</span>
            </span>
          </Link>
          <GatewayBadge kind={gatewayKind} />
        </div>
        <div className="flex shrink-0 items-center gap-1 sm:gap-2">
          <LanguageSwitcher current={locale} />
          <ThemeToggle current={theme} />
          <nav aria-label={t("mainNav")} className="ml-1">
            <Link href={signedIn ? PORTAL_PATHS.dashboard : PORTAL_PATHS.signIn} className={textLink}>
              {signedIn ? t("dashboard") : t("signIn")}
            </Link>
          </nav>
        </div>
      </div>
    </header>
  );
}
