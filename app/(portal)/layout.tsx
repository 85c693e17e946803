import type { ReactNode } from "react";
import { auth } from "@/auth";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  const settings = env();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader gatewayKind={settings.gatewayKind} signedIn={Boolean(session?.identity)} />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-12">{children}</main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-slate-600 sm:px-6">
          A reference integration of the Dokobit Identity Gateway with Smart-ID+. Open source. Nothing about you is kept
          on the server: your session lives in an encrypted cookie.
        </div>
      </footer>
    </div>
  );
}
