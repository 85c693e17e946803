import { type NextRequest, NextResponse } from "next/server";
import { clearBinding, readBinding } from "@/lib/auth/binding-cookie";
import { errorPath } from "@/lib/auth/paths";
import { env } from "@/lib/env";
import { app2appForwardUrl, rawQueryOf } from "@/lib/gateway/app2app";

/**
 * GET /api/gateway/app2app — the `app2app_url`. The Smart-ID app opens it on the phone after the person confirmed;
 * the gateway must receive *all* its GET parameters unchanged at `{gateway}/auth/{token}/smartid-v3/callback`, where
 * the token is the one this browser started (from the binding cookie, never from the link).
 */
export async function GET(request: NextRequest) {
  const settings = env();
  const binding = await readBinding();
  if (!binding.ok) {
    await clearBinding();
    const reason = binding.problem === "expired" ? "binding-expired" : "other-browser";
    return NextResponse.redirect(new URL(errorPath(reason, "same-device"), settings.appUrl), 303);
  }
  const forward = app2appForwardUrl(settings.gatewayUrl, binding.state.token, rawQueryOf(request.url));
  if (!forward.ok) {
    await clearBinding();
    console.info(`[portal] app2app callback refused: ${forward.problem}`);
    return NextResponse.redirect(new URL(errorPath("bad-request", binding.state.flow), settings.appUrl), 303);
  }
  return NextResponse.redirect(forward.url, 302);
}
