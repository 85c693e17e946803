/**
 * Whether a Server Action was posted from a page of the host it was sent to — the rule Next.js applies itself: the
 * Origin's host against the first X-Forwarded-Host, or else Host. A request without Origin is no browser's
 * cross-site post. It must be the headers, not `request.nextUrl`: Next builds that from the address the server
 * listens on (127.0.0.1:3001 behind a proxy), never the one the browser used.
 */
export function actionFromSameHost(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
