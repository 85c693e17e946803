/**
 * The smoke report is meant to be pasted into a bug report, so nothing in it may let a reader act on a session or
 * on the integrator's account: gateway session tokens, device-link tokens and authCodes, callback values and the
 * access token are replaced before anything is written.
 */

export const WITHHELD = "‹withheld›";

/** Query parameters whose values are secret or tie a reader to a live session. */
const SECRET_PARAMETERS =
  /\b(authCode|sessionToken|session_token|access_token|value|sessionSecretDigest|userChallengeVerifier|sig)=[^&\s"'<>)…]+/g;
/** The gateway's session tokens are 64 hex characters (they appear in the hosted page's path). */
const GATEWAY_TOKEN = /\b[0-9a-f]{64}\b/gi;

/** `text` with every known secret value and every secret-looking parameter or token replaced. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  // Longest first, so that a secret containing another is replaced whole.
  const values = [...secrets].filter((secret) => secret.length >= 6).sort((a, b) => b.length - a.length);
  for (const secret of values) out = out.split(secret).join(WITHHELD);
  return out.replace(SECRET_PARAMETERS, `$1=${WITHHELD}`).replace(GATEWAY_TOKEN, "{session token}");
}

/** Query parameters that say what happened and carry nothing secret (the portal's error page names its `reason`). */
const PLAIN_PARAMETERS = new Set(["reason", "flow", "_locale", "lang"]);

/** A URL as the report shows it: origin and path, tokens replaced, the query reduced to its parameter names. */
export function redactUrl(url: string, secrets: Iterable<string> = []): string {
  try {
    const parsed = new URL(url);
    const pairs = [...parsed.searchParams].map(([name, value]) =>
      PLAIN_PARAMETERS.has(name) ? `${name}=${value.slice(0, 40)}` : `${name}=…`,
    );
    const query = pairs.length > 0 ? `?${pairs.join("&")}` : "";
    // A path segment that looks like a token (long, with digits) is one, whatever its exact format.
    const path = parsed.pathname
      .split("/")
      .map((segment) => (/^[A-Za-z0-9_-]{16,}$/.test(segment) && /\d/.test(segment) ? "{token}" : segment))
      .join("/");
    return redact(`${parsed.origin}${path}${query}`, secrets);
  } catch {
    return redact(url, secrets);
  }
}
