import { type NextRequest, NextResponse } from "next/server";
import { env } from "./lib/env";

/**
 * Runs before every matched request. With EMULATOR=off every /emulator path answers 404, as if the emulator
 * had never been built in.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/emulator") && !env().emulator.enabled) {
    return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/emulator", "/emulator/:path*"],
};
