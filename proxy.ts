import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from "next/server";
import { auth } from "./auth";
import { env } from "./lib/env";

/**
 * Runs before every matched request, in two parts:
 * - With EMULATOR=off every /emulator path answers 404, as if the emulator had never been built in.
 * - The dashboard (and the signed-in person's own API) needs a session; without one the browser goes to the
 *   sign-in page, which brings it back here afterwards.
 */

const PROTECTED = /^\/(dashboard|api\/me)(\/|$)/;

// next-auth's types pick the route-handler overload for a one-argument callback; at run time the same wrapper
// serves a proxy (it passes the request and event through), so it is typed as what it is used as here.
const protectedArea = auth((request) => {
  if (request.auth?.identity) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}) as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname === "/emulator" || pathname.startsWith("/emulator/")) {
    if (!env().emulator.enabled) {
      return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return NextResponse.next();
  }
  if (PROTECTED.test(pathname)) return protectedArea(request, event);
  return NextResponse.next();
}

export const config = {
  matcher: ["/emulator", "/emulator/:path*", "/dashboard", "/dashboard/:path*", "/api/me/:path*"],
};
