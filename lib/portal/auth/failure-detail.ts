import "server-only";
import { createHmac } from "node:crypto";
import { constantTimeEqual } from "../../shared/smartid";
import { derivedKey } from "./derived-key";
import type { Flow } from "./flows";
import { errorPath } from "./paths";
import type { SignInFailureReason } from "./reasons";

/**
 * The gateway's own words on the error page (its message when it refused a request, a status word the portal does
 * not know) travel in the page's address as `detail`, with `sig`: an HMAC over the reason and the text, under a key
 * derived from AUTH_SECRET by HKDF.
 *
 * Why this design rather than a cookie: the address alone makes the page (a reload shows the same words, and there is
 * no cookie to set, clear or leave behind for the next failure). Why signed: without it anyone could link to this
 * portal's error page with words of their choosing ("call this number…"); with it only the portal can put text
 * there. The text is the gateway's, with the access token already redacted and cut to at most 200 characters (see
 * `quoteForGatewayError`); it holds nothing secret. React renders it as text.
 */

const HKDF_SALT = "smart-id-plus-portal/failure-detail";
const HKDF_INFO = "hmac-sha256 key";

function keyFrom(secret: string): Buffer {
  return derivedKey(secret, HKDF_SALT, HKDF_INFO);
}

function signatureOf(reason: SignInFailureReason, detail: string, secret: string): string {
  return createHmac("sha256", keyFrom(secret)).update(`${reason}\n${detail}`, "utf8").digest("base64url");
}

/** `/sign-in/error?reason=…&flow=…&detail=…&sig=…`; without a detail, the plain error path. */
export function errorPathWithDetail(
  reason: SignInFailureReason,
  flow: Flow | undefined,
  detail: string | undefined,
  secret: string,
): string {
  const path = errorPath(reason, flow);
  if (!detail) return path;
  const query = new URLSearchParams({ detail, sig: signatureOf(reason, detail, secret) });
  return `${path}&${query}`;
}

/** The detail to show, or undefined when there is none or its signature does not hold for this reason. */
export function verifiedDetail(
  reason: SignInFailureReason,
  detail: unknown,
  signature: unknown,
  secret: string,
): string | undefined {
  if (typeof detail !== "string" || typeof signature !== "string" || detail.length === 0) return undefined;
  return constantTimeEqual(signature, signatureOf(reason, detail, secret)) ? detail : undefined;
}
