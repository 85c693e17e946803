import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "../globals.css";
import { auth } from "@/auth";
import { SiteHeader } from "@/components/portal/site-header";
import { clientMessages } from "@/lib/portal/i18n/catalogues";
import { requestTheme } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: t("siteTitle"), template: t("titleTemplate", { title: "%s" }) },
    description: t("description"),
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The portal's root layout (the emulator has its own, app/(emulator)/layout.tsx, so neither loads the other's
 * providers or texts). Every page is rendered per request: its scripts carry the nonce of that request's
 * Content-Security-Policy (proxy.ts), which a page prerendered at build time could not. The document's language is
 * the portal's (from the visitor's choice or browser, lib/portal/i18n/request.ts).
 *
 * Every portal page: the header (with the language switcher and theme toggle), the page, the footer. `data-theme`
 * carries the visitor's colour choice for the `dark` variant (app/globals.css); client components get only the
 * catalogue parts they use.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await connection();
  const [session, theme, locale, messages, t] = await Promise.all([
    auth(),
    requestTheme(),
    getLocale(),
    getMessages(),
    getTranslations("footer"),
  ]);
  const settings = env();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
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
      </body>
    </html>
  );
}
