import Link from "next/link";
import type { GatewayKind } from "@/lib/env";
import { GatewayBadge } from "./gateway-badge";

export function SiteHeader({ gatewayKind, signedIn }: { gatewayKind: GatewayKind; signedIn: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white">
              iD
            </span>
            <span>Smart-ID+ demo portal</span>
          </Link>
          <GatewayBadge kind={gatewayKind} />
        </div>
        <nav aria-label="Main">
          {signedIn ? (
            <Link href="/dashboard" className="font-medium text-brand-800 underline-offset-4 hover:underline">
              Dashboard
            </Link>
          ) : (
            <Link href="/sign-in" className="font-medium text-brand-800 underline-offset-4 hover:underline">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
