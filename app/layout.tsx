import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

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
 * Every page is rendered per request: its scripts carry the nonce of that request's Content-Security-Policy
 * (proxy.ts), which a page prerendered at build time could not. The document's language is the portal's (from the
 * visitor's choice or browser, lib/i18n/request.ts); the emulator's pages mark their own text's language inside.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang={await getLocale()}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
