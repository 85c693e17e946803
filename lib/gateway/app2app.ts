import { z } from "zod";

/**
 * The same-device return: the Smart-ID app opens the portal's app2app URL with the gateway's `value` and Smart-ID's
 * `sessionSecretDigest` and `userChallengeVerifier`; the portal passes the query on to the gateway's callback as it
 * received it (same order, same encoding). Next.js re-serialises a query before a route handler sees it, which only
 * touches characters outside base64url (`%20` becomes `+`), so these parameters pass byte for byte. The shape is
 * checked first, so a truncated or mangled link is refused here with a clear page rather than forwarded.
 */

const base64url = (min: number, max: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`));

export const app2appQuerySchema = z
  .object({
    value: base64url(22, 86),
    sessionSecretDigest: base64url(43, 43),
    userChallengeVerifier: base64url(43, 43),
  })
  .loose();

const MAX_QUERY_LENGTH = 2048;

/** The query exactly as it arrived: everything after the first `?`, without a fragment. */
export function rawQueryOf(url: string): string {
  const start = url.indexOf("?");
  if (start < 0) return "";
  const end = url.indexOf("#", start);
  return url.slice(start + 1, end < 0 ? undefined : end);
}

export function app2appForwardUrl(
  gatewayBaseUrl: string,
  sessionToken: string,
  rawQuery: string,
): { ok: true; url: string } | { ok: false; problem: string } {
  if (rawQuery.length === 0) return { ok: false, problem: "no parameters" };
  if (rawQuery.length > MAX_QUERY_LENGTH) return { ok: false, problem: "parameters too long" };
  const params = new URLSearchParams(rawQuery);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) return { ok: false, problem: `parameter ${key} repeated` };
    seen.add(key);
  }
  const parsed = app2appQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    return { ok: false, problem: `parameter ${String(parsed.error.issues[0]?.path[0] ?? "?")} missing or malformed` };
  }
  const base = gatewayBaseUrl.replace(/\/+$/, "");
  return { ok: true, url: `${base}/auth/${sessionToken}/smartid-v3/callback?${rawQuery}` };
}
