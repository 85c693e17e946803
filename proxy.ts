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

// With a lazily built configuration (see auth.ts), next-auth's `auth(handler)` returns a promise of the wrapped
// handler, and its types pick the route-handler overload; it is typed here as what it is at run time.
const protectedArea = auth((request) => {
  if (request.auth?.identity) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
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
  return NextResponse.next();
}

export const config = {
  matcher: ["/emulator", "/emulator/:path*", "/dashboard", "/dashboard/:path*", "/api/me/:path*"],
};
