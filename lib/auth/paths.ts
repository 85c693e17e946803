import type { Flow } from "./flows";
import type { SignInFailureReason } from "./reasons";

/** The portal's own addresses that the sign-in routes send the browser to. */

export function errorPath(reason: SignInFailureReason, flow?: Flow): string {
  const query = new URLSearchParams({ reason });
  if (flow) query.set("flow", flow);
  return `/sign-in/error?${query}`;
}

/** How many times the return route asks again while the gateway still says "waiting". */
export const MAX_RETURN_ATTEMPTS = 5;

export function finishingPath(sessionToken: string, attempt: number): string {
  return `/sign-in/finishing?${new URLSearchParams({ session_token: sessionToken, attempt: String(attempt) })}`;
}

export function returnPath(sessionToken: string, attempt: number): string {
  return `/api/gateway/return?${new URLSearchParams({ session_token: sessionToken, attempt: String(attempt) })}`;
}
