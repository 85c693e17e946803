import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from "next/server";
import { auth } from "./auth";
import { PORTAL_PATHS } from "./lib/portal/auth/paths";
import { RAW_QUERY_HEADER, rawQueryOf } from "./lib/portal/gateway/app2app";
import { env } from "./lib/shared/env";
import { MAX_REQUEST_BODY_BYTES } from "./lib/shared/http/body";
import { newNonce, securityHeaders } from "./lib/shared/http/security-headers";
import { actionFromSameHost } from "./lib/shared/http/server-action-origin";

/**
 * Runs before every request, portal and emulator alike:
 * - a body that declares more than any route takes is refused with 413 before anyone reads it;
 * - with EMULATOR=off every /emulator path answers 404, as if the emulator had never been built in;
 * - the dashboard (and the signed-in person's own API) needs a session; without one the browser goes to the
 *   sign-in page, which brings it back here afterwards;
 * - the app2app return gets its query as sent, in a request header (see lib/portal/gateway/app2app.ts);
 * - every response carries the security headers (lib/shared/http/security-headers.ts), with a fresh CSP nonce that
 *   Next.js puts on its own scripts.
 *
 * `skipProxyUrlNormalize` (next.config.mjs) makes `request.url` the URL as sent: that is what the app2app part
 * needs. Paths are then as sent too, but an escaped path (`/%64ashboard`) matches no route here or in the app, so
 * the checks below cannot be stepped around by escaping.
 */

const PROTECTED = /^\/(dashboard|api\/me)(\/|$)/;

// With a lazily built configuration (see auth.ts), next-auth's `auth(handler)` returns a promise of the wrapped
// handler, and its types pick the route-handler overload; it is typed here as what it is at run time.
const protectedArea = auth((request) => {
  if (request.auth?.identity) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  // Next's own `_rsc` marker of a client-side navigation is not part of the address to come back to.
  const back = new URLSearchParams(search);
  back.delete("_rsc");
  const query = back.size > 0 ? `?${back}` : "";
  signIn.searchParams.set("callbackUrl", `${pathname}${query}`);
  return NextResponse.redirect(signIn);
}) as unknown as Promise<NextMiddleware>;

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function plainText(text: string, status: number): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

async function route(request: NextRequest, event: NextFetchEvent, nonce: string, csp: string): Promise<Response> {
  const { pathname } = request.nextUrl;
  // A path Next.js cannot decode (`/emulator/auth/%zz`) would make it fail with a 500 while matching dynamic routes.
  if (!decodable(pathname)) return plainText("Bad request: the address is not valid.", 400);
  // A Server Action posted from another site is refused here; Next.js itself would answer it with a 500.
  if (request.headers.has("next-action") && !actionFromSameHost(request.headers)) return plainText("Forbidden.", 403);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_REQUEST_BODY_BYTES) {
    return plainText("The request body is too large.", 413);
  }
  if (pathname === "/emulator" || pathname.startsWith("/emulator/")) {
    if (!env().emulator.enabled) return plainText("Not found", 404);
  } else if (PROTECTED.test(pathname)) {
    const answer = await (await protectedArea)(request, event);
    if (answer && answer.headers.get("x-middleware-next") !== "1") return answer;
  }
  // The CSP travels on the request too: that is how Next.js learns the nonce for the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Always set on the app2app return, so a header of that name sent by the browser never reaches the route.
  if (pathname === PORTAL_PATHS.app2app) headers.set(RAW_QUERY_HEADER, rawQueryOf(request.url));
  return NextResponse.next({ request: { headers } });
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = newNonce();
  const security = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    https: request.nextUrl.protocol === "https:",
    development: env().nodeEnv === "development",
  });
  const response = await route(request, event, nonce, security["content-security-policy"] ?? "");
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's own build assets, which are immutable files with their own headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
