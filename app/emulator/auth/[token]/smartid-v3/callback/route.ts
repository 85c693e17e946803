import type { NextRequest } from "next/server";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { readSession } from "@/lib/emulator/engine/sessions";
import { injectedFault } from "@/lib/emulator/gateway/faults";
import { acceptCallback } from "@/lib/emulator/hosted/callback";
import { callbackFailurePage } from "@/lib/emulator/hosted/callback-page";
import { returnTo } from "@/lib/emulator/hosted/state";

export const dynamic = "force-dynamic";

/** `GET /auth/{token}/smartid-v3/callback`: the Smart-ID app's same-device callback (identity-gateway.md). */
export async function GET(request: NextRequest, ctx: RouteContext<"/emulator/auth/[token]/smartid-v3/callback">) {
  const faulty = await injectedFault("callback");
  if (faulty) return faulty;

  const { token } = await ctx.params;
  const now = Date.now();
  const session = readSession(emulatorStore(), token, now);
  const outcome = acceptCallback(session, request.nextUrl.searchParams, now);
  if (outcome.ok) {
    const target = returnTo(outcome.session);
    if (target) return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store" } });
    return new Response(null, { status: 303, headers: { location: `/emulator/auth/${outcome.session.token}` } });
  }
  const html = callbackFailurePage({
    check: outcome.failed,
    reason: outcome.reason,
    retryUrl: session && session.state.kind === "waiting" ? `/emulator/auth/${session.token}` : undefined,
  });
  return new Response(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
