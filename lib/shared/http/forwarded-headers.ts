import "server-only";
import { Server } from "node:http";

/**
 * Headers a client may set to lie about where it is: only a proxy in front of the server may vouch for them. Next.js
 * fills `x-forwarded-for`, `-host`, `-proto` and `-port` from the connection itself, but only when the request does
 * not carry them already — so without a trusted proxy a client could name any address (and escape its rate limit)
 * or any host. Unless TRUST_PROXY=1 says a proxy sets them, they are removed as each request arrives, before Next
 * reads them: then they always describe the real connection.
 */
const FORWARDED = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

let installed = false;

export function dropUntrustedForwardedHeaders(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as { headers: Record<string, unknown> };
      for (const name of FORWARDED) delete request.headers[name];
    }
    return emit.apply(this, [event, ...args]);
  } as typeof Server.prototype.emit;
}
