import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { runCallback } from "@/lib/emulator/hosted/callback";
import { callbackFailurePage } from "@/lib/emulator/hosted/callback-page";
import { hostedPageUrl } from "@/lib/emulator/hosted/links";
import { returnTo } from "@/lib/emulator/hosted/state";
import { emulatorBase, emulatorRoute } from "@/lib/emulator/http";

/** `GET /auth/{token}/smartid-v3/callback`: the Smart-ID app's same-device callback (identity-gateway.md). */
export const GET = emulatorRoute<{ token: string }>(
  { audience: "page", fault: "callback" },
  async ({ request, params, now }) => {
    const { outcome, session } = await runCallback(emulatorSessions(), params.token, request.nextUrl.searchParams, now);
    if (outcome.ok) {
      const target = returnTo(outcome.session) ?? hostedPageUrl(emulatorBase(), outcome.session.token);
      return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store" } });
    }
    const html = callbackFailurePage({
      check: outcome.failed,
      reason: outcome.reason,
      retryUrl: session && session.state.kind === "waiting" ? hostedPageUrl(emulatorBase(), session.token) : undefined,
    });
    return new Response(html, {
      status: 400,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  },
);
