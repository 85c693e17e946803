import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from "next/server";
import { auth } from "./auth";
import { env } from "./lib/env";
import { APP2APP_PATH, RAW_QUERY_HEADER, rawQueryOf } from "./lib/gateway/app2app";

/**
 * Runs before every matched request, in three parts:
 * - With EMULATOR=off every /emulator path answers 404, as if the emulator had never been built in.
 * - The dashboard (and the signed-in person's own API) needs a session; without one the browser goes to the
 *   sign-in page, which brings it back here afterwards.
 * - The app2app return gets its query as sent, in a request header (see lib/gateway/app2app.ts).
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

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname === "/emulator" || pathname.startsWith("/emulator/")) {
    if (!env().emulator.enabled) {
      return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return NextResponse.next();
  }
  if (PROTECTED.test(pathname)) return (await protectedArea)(request, event);
  if (pathname === APP2APP_PATH) {
    // Always set, so a header of that name sent by the browser never reaches the route.
    const headers = new Headers(request.headers);
    headers.set(RAW_QUERY_HEADER, rawQueryOf(request.url));
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/api/gateway/app2app",
    "/emulator",
    "/emulator/:path*",
    "/dashboard",
    "/dashboard/:path*",
    "/api/me/:path*",
  ],
};
