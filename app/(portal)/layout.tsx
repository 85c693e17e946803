import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { auth } from "@/auth";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { clientMessages } from "@/lib/i18n/catalogues";
import { requestTheme } from "@/lib/preferences/server";

/**
 * Every portal page: the header (with the language switcher and theme toggle), the page, the footer. `data-theme`
 * carries the visitor's colour choice for the `dark` variant (app/globals.css); client components get only the
 * catalogue parts they use.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [session, theme, locale, messages, t] = await Promise.all([
    auth(),
    requestTheme(),
    getLocale(),
    getMessages(),
    getTranslations("footer"),
  ]);
  const settings = env();
  return (
    <div
      data-theme={theme}
      className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
    >
      <NextIntlClientProvider messages={clientMessages(messages)}>
        <SiteHeader
          gatewayKind={settings.gatewayKind}
          signedIn={Boolean(session?.identity)}
          locale={locale}
          theme={theme}
        />
        <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-12">{children}</main>
        <footer className="border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
            {t("text")}
          </div>
        </footer>
      </NextIntlClientProvider>
    </div>
  );
}
