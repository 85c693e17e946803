import { CredentialsSignin } from "@auth/core/errors";
import { type NextRequest, NextResponse } from "next/server";
import { signIn } from "@/auth";
import { clearBinding, requireBinding, writeBinding } from "@/lib/portal/auth/binding-cookie";
import { sanitizeCallbackUrl } from "@/lib/portal/auth/callback-url";
import { errorPathWithDetail } from "@/lib/portal/auth/failure-detail";
import { admitReturn, endSignIn } from "@/lib/portal/auth/limits";
import { errorPath, finishingPath } from "@/lib/portal/auth/paths";
import { DOKOBIT_PROVIDER_ID, GatewaySignInError } from "@/lib/portal/auth/provider";
import { isSignInFailureReason } from "@/lib/portal/auth/reasons";
import { returnQuerySchema } from "@/lib/portal/auth/return-query";
import { causedByLostStore, orUnavailable, unavailableRedirect } from "@/lib/portal/auth/unavailable";
import { afterWaiting } from "@/lib/portal/auth/waiting";
import { env } from "@/lib/shared/env";
import { constantTimeEqual } from "@/lib/shared/smartid";

/**
 * GET /api/gateway/return?session_token=… — the `return_url` the gateway sends the browser back to. Signs in through
 * the provider (which checks the binding, asks the gateway, spends the token) and lands on the callback URL; a
 * gateway that still says "waiting" gets a few more tries through /sign-in/finishing; everything else ends on the
 * error page.
 *
 * The binding cookie is cleared here, and only when the request carries this browser's own session token: a link
 * from another site with some other token (or none) shows an error page but cannot end a sign-in in progress.
 */
async function handle(request: NextRequest) {
  const settings = env();
  const to = (path: string) => NextResponse.redirect(new URL(path, settings.appUrl), 303);
  const binding = await requireBinding();
  const flow = binding.ok ? binding.state.flow : undefined;
  const admitted = await admitReturn(request.headers);
  if (!admitted.ok) return to(errorPath(admitted.reason, flow));

  // A cookie that can never sign in (changed, expired, from before the store was lost) is only litter: it goes.
  // Two copies (a "conflict") are left alone — clearing would remove this site's own copy, not the stray one.
  if (!binding.ok && ["tampered", "expired", "stale"].includes(binding.problem)) await clearBinding();

  const query = returnQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return to(errorPath("bad-request", flow));
  const { session_token: sessionToken, attempt } = query.data;
  const ours = binding.ok && constantTimeEqual(binding.state.token, sessionToken);
  /** This browser's sign-in is over: its cookie goes, and its place among the sign-ins in progress. */
  const finish = async () => {
    if (!binding.ok || !ours) return;
    await clearBinding();
    await endSignIn(binding.state.nonce);
  };
  const callbackUrl = sanitizeCallbackUrl(binding.ok ? binding.state.callbackUrl : undefined, settings.appUrl);

  try {
    await signIn(DOKOBIT_PROVIDER_ID, { sessionToken, redirect: false, redirectTo: callbackUrl });
    await finish();
    return to(callbackUrl);
  } catch (error) {
    const code = error instanceof CredentialsSignin ? error.code : undefined;
    // The store was lost mid-way: nothing ended, so the binding stays and the person may try again shortly.
    if (code === "unavailable" || causedByLostStore(error)) return unavailableRedirect(flow);
    if (code === "waiting" && binding.ok) {
      const next = afterWaiting(attempt);
      if (next.retry) {
        // The return and the "waiting" answer go into the binding's record, for the protocol view.
        const protocol = error instanceof GatewaySignInError ? error.protocol : undefined;
        await writeBinding({
          ...binding.state,
          returnedAt: binding.state.returnedAt ?? Date.now(),
          ...(protocol ? { protocol } : {}),
        });
        return to(finishingPath(sessionToken, next.attempt));
      }
      await finish();
      return to(errorPath("still-waiting", flow));
    }
    await finish();
    if (isSignInFailureReason(code)) {
      const quote = error instanceof GatewaySignInError ? error.quote : undefined;
      return to(errorPathWithDetail(code, flow, quote, settings.authSecret));
    }
    console.error(`[portal] sign-in failed unexpectedly: ${error instanceof Error ? error.name : "unknown error"}`);
    return to(errorPath("unknown", flow));
  }
}

export function GET(request: NextRequest) {
  return orUnavailable(() => handle(request));
}
