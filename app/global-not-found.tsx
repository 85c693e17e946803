import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { primaryButton } from "@/components/portal/button-styles";
import "./globals.css";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The answer to an address that matches no page of either root layout (the portal's or the emulator's), so it
 * brings its own document and styles. It speaks the portal's language, and its one way on is the start page (which,
 * with the portal switched off, is the emulator's front door).
 */
export default async function GlobalNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("notFound")]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 p-6">
          <title>{t("title")}</title>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="text-slate-600">{t("text")}</p>
          <p>
            {/* A plain link: this document belongs to no root layout, so there is nothing to navigate within. */}
            <a href="/" className={primaryButton}>
              {t("home")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
