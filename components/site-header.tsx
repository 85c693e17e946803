import Link from "next/link";
import { PORTAL_PATHS } from "@/lib/auth/paths";
import type { GatewayKind } from "@/lib/env";
import { GatewayBadge } from "./gateway-badge";

export function SiteHeader({ gatewayKind, signedIn }: { gatewayKind: GatewayKind; signedIn: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex min-w-0 items-center gap-2 sm:gap-3">
          <Link href="/" className="flex min-w-0 items-center gap-2 rounded-lg font-semibold text-slate-900">
            <span
              aria-hidden="true"
              className="grid size-8 shrink-0 place-items-center rounded-lg bg-brand-700 text-white"
            >
              iD
            </span>
            {/* On a phone the short name keeps the badge and the link on one line. */}
            <span className="truncate">
              Smart-ID+<span className="max-sm:sr-only"> demo portal</span>
            </span>
          </Link>
          <GatewayBadge kind={gatewayKind} />
        </div>
        <nav aria-label="Main" className="shrink-0">
          <Link
            href={signedIn ? PORTAL_PATHS.dashboard : PORTAL_PATHS.signIn}
            className="font-medium text-brand-800 underline-offset-4 hover:underline"
          >
            {signedIn ? "Dashboard" : "Sign in"}
          </Link>
        </nav>
      </div>
    </header>
  );
}
