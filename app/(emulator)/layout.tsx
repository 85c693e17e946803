import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Identity Gateway emulator", template: "%s · Identity Gateway emulator" },
  robots: { index: false },
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The emulator's root layout: a page of the gateway's, not of the portal's, so it loads none of the portal's
 * providers, texts or theme (app/(portal)/layout.tsx is the portal's). Each page is rendered per request for the
 * nonce of its Content-Security-Policy (proxy.ts), and marks its own language on its outermost element: the hosted
 * page, the app and the phone speak the language the gateway was asked for (`_locale`), the front door English.
 */
export default async function EmulatorLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
