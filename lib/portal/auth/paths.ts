import type { Flow } from "./flows";
import type { SignInFailureReason } from "./reasons";
import type { SignInChoices } from "./sign-in-request";

/**
 * Every address of the portal that its code builds, in one place: the routes of the sign-in, the pages it sends the
 * browser to, and the absolute URLs the gateway gets (return_url, app2app_url).
 */

export const PORTAL_PATHS = {
  home: "/",
  signIn: "/sign-in",
  start: "/api/gateway/start",
  redirect: "/sign-in/redirect",
  continue: "/api/gateway/continue",
  return: "/api/gateway/return",
  app2app: "/api/gateway/app2app",
  finishing: "/sign-in/finishing",
  /** The protocol view of the sign-in in progress in this browser. */
  protocol: "/sign-in/protocol",
  error: "/sign-in/error",
  dashboard: "/dashboard",
} as const;

/** `return_url`: where the gateway sends the browser back with `session_token`. */
export function returnUrl(appUrl: string): string {
  return `${appUrl}${PORTAL_PATHS.return}`;
}

/** `app2app_url`: where the Smart-ID app brings the person back on the same device. */
export function app2appUrl(appUrl: string): string {
  return `${appUrl}${PORTAL_PATHS.app2app}`;
}

export function errorPath(reason: SignInFailureReason, flow?: Flow): string {
  const query = new URLSearchParams({ reason });
  if (flow) query.set("flow", flow);
  return `${PORTAL_PATHS.error}?${query}`;
}

export function finishingPath(sessionToken: string, attempt: number): string {
  return `${PORTAL_PATHS.finishing}?${new URLSearchParams({ session_token: sessionToken, attempt: String(attempt) })}`;
}

export function returnPath(sessionToken: string, attempt: number): string {
  return `${PORTAL_PATHS.return}?${new URLSearchParams({ session_token: sessionToken, attempt: String(attempt) })}`;
}

/** `/sign-in?…` for these choices: what the page's URL shows and where "Try again" leads. */
export function signInPath(choices: Partial<SignInChoices>): string {
  const query = new URLSearchParams();
  if (choices.flow) query.set("flow", choices.flow);
  if (choices.methods && choices.methods.length > 0) query.set("methods", choices.methods.join(","));
  if (choices.country) query.set("country", choices.country);
  if (choices.code) query.set("code", choices.code);
  if (choices.phone) query.set("phone", choices.phone);
  if (choices.callbackUrl && choices.callbackUrl !== PORTAL_PATHS.dashboard)
    query.set("callbackUrl", choices.callbackUrl);
  const text = query.toString();
  return text ? `/sign-in?${text}` : "/sign-in";
}
