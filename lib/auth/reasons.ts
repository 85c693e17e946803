import type { GatewayError, GatewayErrorKind } from "../gateway/errors";

/**
 * Every way a sign-in can fail, as a fixed set of codes that travel in `/sign-in/error?reason=…`, each with words a
 * person understands. The codes say nothing secret, so they are safe in a URL.
 */
export interface SignInFailure {
  title: string;
  text: string;
  /** `false` when starting again cannot help (the portal itself is set up wrong): the page offers no "Try again". */
  retry?: false;
  /** How the page introduces the gateway's own words, for the reasons that can carry them (see failure-detail.ts). */
  quoteLabel?: string;
}

const FAILURES = {
  "bad-request": {
    title: "The sign-in link was incomplete",
    text: "The address that brought you back was missing information or had been changed, so we could not finish signing you in.",
  },
  "app2app-too-long": {
    title: "The link from the Smart-ID app was too long",
    text: "The address the Smart-ID app opened here was longer than this portal passes on to the gateway (4 KiB), so it was not sent. Nothing was signed in.",
  },
  "not-bound": {
    title: "This sign-in was not started here",
    text: "The sign-in you returned with was started in another browser, or this browser's sign-in cookie is gone. For your safety we only finish a sign-in in the browser that started it.",
  },
  "other-browser": {
    title: "Finish signing in where you started",
    text: "The Smart-ID app opened this browser, but the sign-in was started in a different one. Go back to the browser where you pressed “Sign in” and finish there, or start again here.",
  },
  "binding-expired": {
    title: "The sign-in took too long",
    text: "Too much time passed since you started, so this sign-in is no longer valid.",
  },
  "token-spent": {
    title: "This sign-in was already used",
    text: "Each sign-in can be used once. This one has already signed someone in, so it cannot be used again.",
  },
  "token-mismatch": {
    title: "The gateway's answer did not match",
    text: "The gateway answered about a different sign-in than the one you returned with, so we did not trust it.",
  },
  "still-waiting": {
    title: "The gateway did not confirm the sign-in",
    text: "The gateway still had not confirmed your sign-in after several tries. If you confirmed it in the app, it may still be on its way.",
  },
  cancelled: {
    title: "Sign-in was cancelled",
    text: "The sign-in was cancelled or refused, in the app or on the gateway's page. Nothing was signed in.",
  },
  "authentication-failed": {
    title: "The sign-in did not succeed",
    text: "The authentication ended without confirming who you are: it may have timed out, the wrong code may have been chosen, or the app could not complete it.",
  },
  "session-expired": {
    title: "The sign-in session has ended",
    text: "The gateway no longer knows this sign-in: it expired or was closed before it finished.",
  },
  "gateway-unreachable": {
    title: "We could not reach the sign-in service",
    text: "The Identity Gateway did not answer our connection. It may be down or unreachable from here.",
  },
  "gateway-timeout": {
    title: "The sign-in service was too slow",
    text: "The Identity Gateway did not answer in time, so we stopped waiting.",
  },
  "gateway-busy": {
    title: "The sign-in service is busy",
    text: "The Identity Gateway asked us to slow down (too many requests). Wait a moment and try again.",
  },
  "gateway-error": {
    title: "The sign-in service had a problem",
    text: "The Identity Gateway reported an internal error.",
  },
  "gateway-malformed": {
    title: "The sign-in service gave an answer we could not read",
    text: "The Identity Gateway's answer was not in the expected format, so we did not trust it.",
  },
  "gateway-unknown-status": {
    title: "The sign-in service answered something this portal does not understand",
    text: "The Identity Gateway answered with a status this portal does not know, so we did not guess what it meant. Nothing was signed in. The portal's operator may need to update the portal.",
    quoteLabel: "The status the gateway answered",
  },
  "gateway-rejected": {
    title: "The sign-in service refused this portal's request",
    text: "The Identity Gateway did not accept the sign-in request this portal sent. This usually means the portal's configuration, or what it sent, needs a look by the portal's operator.",
    quoteLabel: "The gateway said",
  },
  "gateway-misconfigured": {
    title: "This portal is not set up correctly",
    text: "The Identity Gateway refused this portal's credentials (its access token). Signing in cannot work until the portal's operator corrects its configuration.",
    retry: false,
  },
  "too-many-attempts": {
    title: "Too many sign-ins from here",
    text: "Many sign-ins were started or finished from your network in a short time, so this one was not. Wait a minute and try again.",
  },
  "portal-busy": {
    title: "The portal is busy",
    text: "Too many sign-ins are in progress right now, so no new one could start. Try again in a moment.",
  },
  unavailable: {
    title: "Sign-in is unavailable right now",
    text: "Sign-in is unavailable right now, try again in a moment. Nothing was signed in.",
  },
  unknown: {
    title: "Something went wrong while signing you in",
    text: "The sign-in could not be finished because of an unexpected problem on our side. Nothing was signed in.",
  },
} as const satisfies Record<string, SignInFailure>;

export type SignInFailureReason = keyof typeof FAILURES;

export const SIGN_IN_FAILURES: Readonly<Record<SignInFailureReason, SignInFailure>> = FAILURES;

export function isSignInFailureReason(value: unknown): value is SignInFailureReason {
  return typeof value === "string" && Object.hasOwn(SIGN_IN_FAILURES, value);
}

/** Which page a gateway failure leads to. */
export function reasonForGatewayError(kind: GatewayErrorKind): SignInFailureReason {
  switch (kind) {
    case "unreachable":
      return "gateway-unreachable";
    case "timeout":
      return "gateway-timeout";
    case "rate-limited":
      return "gateway-busy";
    case "server-error":
      return "gateway-error";
    case "malformed":
      return "gateway-malformed";
    case "unknown-status":
      return "gateway-unknown-status";
    case "unauthorized":
      return "gateway-misconfigured";
    case "rejected":
      return "gateway-rejected";
    case "session-closed":
      return "session-expired";
    case "cancelled":
      return "cancelled";
    case "failed":
      return "authentication-failed";
  }
}

/** Longest gateway text a page quotes: enough for a validation message, short enough for a status word's page. */
const QUOTE_LENGTHS: Partial<Record<GatewayErrorKind, number>> = { rejected: 200, "unknown-status": 40 };

/**
 * The gateway's own words worth showing a person for this failure (its message when it refused the request, the
 * status word it answered that the portal does not know), made safe to show: no control or direction characters,
 * whitespace collapsed, cut to a sane length. The client has already redacted the access token from them.
 */
export function quoteForGatewayError(error: GatewayError): string | undefined {
  const max = QUOTE_LENGTHS[error.kind];
  const text = error.kind === "unknown-status" ? error.gatewayStatus : error.gatewayMessage;
  if (max === undefined || text === undefined) return undefined;
  const quote = plainText(text, max);
  return quote.length > 0 ? quote : undefined;
}

/** One line of printable text, at most `max` characters (an ellipsis marks a cut). */
export function plainText(text: string, max: number): string {
  const flat = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const characters = Array.from(flat);
  return characters.length <= max
    ? flat
    : `${characters
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
