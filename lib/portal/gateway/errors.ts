/**
 * Typed failures of the gateway client. Each has a `kind` the portal maps to a page in plain words; `message` is for
 * logs and never contains the access token (see `redact`).
 */
import "server-only";

export type GatewayErrorKind =
  /** No connection (DNS, refused, reset). */
  | "unreachable"
  /** No answer within the configured timeout. */
  | "timeout"
  /** 429 Too Many Requests, after the bounded retries. */
  | "rate-limited"
  /** 5xx, after the bounded retries. */
  | "server-error"
  /** An answer that is not the JSON the contract describes. */
  | "malformed"
  /** A well-formed answer with a `status` word the portal does not know (e.g. "pending"). */
  | "unknown-status"
  /** 401/403: the gateway refused the access token. */
  | "unauthorized"
  /** Any other refusal (4xx, or an error body the portal does not know), with the gateway's message. */
  | "rejected"
  /** Unknown, expired or closed session. */
  | "session-closed"
  /** The person cancelled or refused. */
  | "cancelled"
  /** The authentication ended without success for another reason (timed out, wrong code, unusable account). */
  | "failed";

export class GatewayError extends Error {
  readonly kind: GatewayErrorKind;
  readonly httpStatus: number | undefined;
  /** The gateway's own `message`, when it sent one. */
  readonly gatewayMessage: string | undefined;
  /** From Retry-After on a 429, in seconds. */
  readonly retryAfterSeconds: number | undefined;
  /** The `status` word of an answer of kind `unknown-status`. */
  readonly gatewayStatus: string | undefined;

  constructor(
    kind: GatewayErrorKind,
    message: string,
    details: { httpStatus?: number; gatewayMessage?: string; retryAfterSeconds?: number; gatewayStatus?: string } = {},
  ) {
    super(message);
    this.name = "GatewayError";
    this.kind = kind;
    this.httpStatus = details.httpStatus;
    this.gatewayMessage = details.gatewayMessage;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.gatewayStatus = details.gatewayStatus;
  }
}

export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError;
}

/**
 * Removes the access token from any text: every literal occurrence, and any `access_token=` query value, so that
 * an error message built from a URL or a library's error text can be logged safely.
 */
export function redact(text: string, accessToken: string): string {
  let result = text;
  if (accessToken.length > 0) result = result.split(accessToken).join("[redacted]");
  return result.replace(/(access_token=)[^&\s"'#]*/gi, "$1[redacted]");
}
