import { type NextRequest, NextResponse } from "next/server";
import { reasonForBindingProblem } from "@/lib/portal/auth/binding";
import { requireBinding, writeBinding } from "@/lib/portal/auth/binding-cookie";
import { admitReturn } from "@/lib/portal/auth/limits";
import { errorPath } from "@/lib/portal/auth/paths";
import { app2appRecord, withRecord } from "@/lib/portal/auth/protocol";
import { orUnavailable } from "@/lib/portal/auth/unavailable";
import { app2appForwardUrl, RAW_QUERY_HEADER, rawQueryOf } from "@/lib/portal/gateway/app2app";
import { env } from "@/lib/shared/env";

/**
 * GET /api/gateway/app2app — the `app2app_url`. The Smart-ID app opens it on the phone after the person answered;
 * the gateway must receive *all* its GET parameters unchanged at `{gateway}/auth/{token}/smartid-v3/callback`, where
 * the token is the one this browser started (from the binding cookie, never from the link). The gateway's callback
 * judges the parameters; the portal only caps their length. Nothing of the query is logged: its names and values
 * come from whoever made the link.
 */
async function handle(request: NextRequest) {
  const settings = env();
  const admitted = await admitReturn(request.headers);
  if (!admitted.ok) return NextResponse.redirect(new URL(errorPath(admitted.reason), settings.appUrl), 303);
  const binding = await requireBinding();
  if (!binding.ok) {
    // Nothing is cleared: a link from anywhere must not be able to end a sign-in in progress.
    const reason = reasonForBindingProblem(binding.problem, "app2app");
    return NextResponse.redirect(new URL(errorPath(reason, "same-device"), settings.appUrl), 303);
  }
  // proxy.ts always sets the header; without it (a proxy that no longer matches this path) the re-serialised query
  // is the best there is, and the parameters Smart-ID uses today (base64url) survive it unchanged.
  const rawQuery = request.headers.get(RAW_QUERY_HEADER) ?? rawQueryOf(request.url);
  const forward = app2appForwardUrl(settings.gatewayUrl, binding.state.token, rawQuery);
  if (!forward.ok) {
    // The binding stays: a bad link does not show that the sign-in has ended, and the gateway's page still waits.
    console.info(`[portal] app2app link not forwarded: ${forward.problem}, ${rawQuery.length} characters`);
    const reason = forward.problem === "too-long" ? "app2app-too-long" : "bad-request";
    return NextResponse.redirect(new URL(errorPath(reason, binding.state.flow), settings.appUrl), 303);
  }
  // The hop the portal sees in the same-device flow, recorded (names only: the values are the callback's secrets).
  const recorded = binding.state.protocol?.some((record) => record.step === "app2app");
  if (!recorded) {
    const record = app2appRecord(Date.now(), rawQuery, forward.url, binding.state.token);
    await writeBinding({ ...binding.state, protocol: withRecord(binding.state.protocol, record) });
  }
  // Set by hand rather than through NextResponse.redirect, which would parse and re-serialise the address.
  return new Response(null, { status: 302, headers: { location: forward.url, "cache-control": "no-store" } });
}

export function GET(request: NextRequest) {
  return orUnavailable(() => handle(request));
}
