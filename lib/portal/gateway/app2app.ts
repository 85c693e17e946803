/**
 * The same-device return: the Smart-ID app opens the portal's app2app URL, and the portal must send *all* its GET
 * parameters to `{gateway}/auth/{token}/smartid-v3/callback` (Dokobit's Smart-ID+ note). Which parameters the app
 * sends is the gateway's and Smart-ID's business (SK's RP API names `value`, `sessionSecretDigest` and
 * `userChallengeVerifier`; after a refusal the app comes back without a verifier), so the portal does not look at
 * them: it forwards the query exactly as it arrived — same bytes, order, repeats and empty values, `+` and `%20`
 * kept apart — and lets the gateway's callback judge it. The token comes from the browser's binding cookie, never
 * from the link (see the route).
 *
 * Next.js re-serialises a query before a route handler sees it (`%20` becomes `+`, `a` becomes `a=`, repeated keys
 * are grouped), so the raw query is read where it is still whole: proxy.ts sees the request as sent
 * (`skipProxyUrlNormalize` in next.config.mjs) and passes the query on in `RAW_QUERY_HEADER`.
 */

/** The portal's app2app route; proxy.ts hands the raw query on for this path only. */

/** Request header carrying the query as sent; proxy.ts always overwrites it, so a browser cannot choose it. */
export const RAW_QUERY_HEADER = "x-portal-app2app-query";

/** The one limit on what is forwarded: a real callback is a few hundred characters. */
export const MAX_APP2APP_QUERY_LENGTH = 4096;

/**
 * What a query can hold after a URL parser has read it: printable ASCII without space and `#`. Anything else cannot
 * come from a browser's request line; it would only break the redirect, so it is refused rather than forwarded.
 */
const QUERY_CHARACTERS = /^[\x21\x22\x24-\x7e]*$/;

/** The query exactly as it appears in `url`: everything after the first `?`, without a fragment. */
export function rawQueryOf(url: string): string {
  const start = url.indexOf("?");
  if (start < 0) return "";
  const end = url.indexOf("#", start);
  return url.slice(start + 1, end < 0 ? undefined : end);
}

export type App2appForward = { ok: true; url: string } | { ok: false; problem: "too-long" | "not-a-query" };

/** The gateway callback for `sessionToken` with `rawQuery` appended untouched; an empty query is forwarded too. */
export function app2appForwardUrl(gatewayBaseUrl: string, sessionToken: string, rawQuery: string): App2appForward {
  if (rawQuery.length > MAX_APP2APP_QUERY_LENGTH) return { ok: false, problem: "too-long" };
  if (!QUERY_CHARACTERS.test(rawQuery)) return { ok: false, problem: "not-a-query" };
  const base = gatewayBaseUrl.replace(/\/+$/, "");
  const callback = `${base}/auth/${sessionToken}/smartid-v3/callback`;
  return { ok: true, url: rawQuery.length > 0 ? `${callback}?${rawQuery}` : callback };
}
