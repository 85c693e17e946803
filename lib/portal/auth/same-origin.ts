/**
 * Whether a state-changing request comes from the portal's own pages. A sign-in starts only from the portal's own
 * form: a post from another site (login CSRF, or a flood fired from someone else's page) is refused. Browsers say
 * where a request comes from in Sec-Fetch-Site, Origin or Referer; a request that says nothing is not a browser
 * form post and is refused as well.
 */
export function isFromPortal(headers: Headers, appUrl: string): boolean {
  const appOrigin = new URL(appUrl).origin;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin" && originMatches(headers, appOrigin, true);
  return originMatches(headers, appOrigin, false);
}

/** Origin (or, without it, Referer) names the portal; when `optional`, their absence is no objection. */
function originMatches(headers: Headers, appOrigin: string, optional: boolean): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === appOrigin;
  const referer = headers.get("referer");
  if (referer !== null) {
    try {
      return new URL(referer).origin === appOrigin;
    } catch {
      return false;
    }
  }
  return optional;
}
