import type { GatewayError, GatewayErrorKind } from "../gateway/errors";

/**
 * Every way a sign-in can fail, as a fixed set of codes that travel in `/sign-in/error?reason=…`. The codes say
 * nothing secret, so they are safe in a URL. What each means in words a person understands lives in the portal's
 * catalogues, keyed by the code (`reasons.<code>.title`, `.text`, and `.quoteLabel` for those that quote the
 * gateway), in every language the portal speaks.
 */
export interface SignInFailure {
  /** `false` when starting again cannot help (the portal itself is set up wrong): the page offers no "Try again". */
  retry?: false;
  /** The page may quote the gateway's own words (only when the portal signed them, see failure-detail.ts). */
  quotesGateway?: true;
}

const FAILURES = {
  "bad-request": {},
  "app2app-too-long": {},
  "not-bound": {},
  "other-browser": {},
  "binding-expired": {},
  "token-spent": {},
  "token-mismatch": {},
  "still-waiting": {},
  cancelled: {},
  "authentication-failed": {},
  "session-expired": {},
  "gateway-unreachable": {},
  "gateway-timeout": {},
  "gateway-busy": {},
  "gateway-error": {},
  "gateway-malformed": {},
  "gateway-unknown-status": { quotesGateway: true },
  "gateway-rejected": { quotesGateway: true },
  "gateway-misconfigured": { retry: false },
  "too-many-attempts": {},
  "portal-busy": {},
  unavailable: {},
  unknown: {},
} as const satisfies Record<string, SignInFailure>;

export type SignInFailureReason = keyof typeof FAILURES;

export const SIGN_IN_FAILURES: Readonly<Record<SignInFailureReason, SignInFailure>> = FAILURES;

export const SIGN_IN_FAILURE_REASONS = Object.keys(SIGN_IN_FAILURES) as SignInFailureReason[];

/** The reasons whose page may quote the gateway: only these have a `quoteLabel` in the catalogues. */
export type QuotingReason = {
  [K in SignInFailureReason]: (typeof FAILURES)[K] extends { quotesGateway: true } ? K : never;
}[SignInFailureReason];

export function quotesGateway(reason: SignInFailureReason): reason is QuotingReason {
  return (SIGN_IN_FAILURES[reason] as SignInFailure).quotesGateway === true;
}

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
