import "server-only";
import { NextRequest } from "next/server";
import { env } from "../../shared/env";
import { readBodyText } from "../../shared/http/body";
import { sanitizeCallbackUrl } from "./callback-url";

/**
 * What next-auth's routes (/api/auth/*) get to see. They read whole bodies, and a `callbackUrl` query or callback
 * cookie that is not an http(s) URL makes them throw (a 500, with the visitor's text in the log). So: a body is read
 * here with a cap, a callbackUrl becomes a path on this portal (as everywhere else, lib/portal/auth/callback-url.ts), and a
 * callback cookie that is not a URL is left out.
 */

/** next-auth's forms post a CSRF token and a callback URL; nothing near this. */
export const MAX_AUTH_BODY_BYTES = 8 * 1024;

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

export function guardedAuthRoute(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    const appUrl = env().appUrl;
    let body: string | undefined;
    if (request.method !== "GET" && request.method !== "HEAD") {
      const read = await readBodyText(request, MAX_AUTH_BODY_BYTES);
      if (!read.ok) return new Response("The request body is too large.", { status: 413 });
      body = read.text;
    }
    const url = new URL(request.url);
    const callbackUrl = url.searchParams.get("callbackUrl");
    if (callbackUrl !== null) {
      url.searchParams.set("callbackUrl", new URL(sanitizeCallbackUrl(callbackUrl, appUrl), appUrl).toString());
    }
    const headers = new Headers(request.headers);
    const cookie = headers.get("cookie");
    if (cookie) headers.set("cookie", withoutBadCallbackCookies(cookie));
    return handler(new NextRequest(url, { method: request.method, headers, body }));
  };
}

function withoutBadCallbackCookies(header: string): string {
  return header
    .split(";")
    .filter((part) => {
      const index = part.indexOf("=");
      if (index < 0 || !CALLBACK_COOKIE.test(part.slice(0, index).trim())) return true;
      try {
        const url = new URL(decodeURIComponent(part.slice(index + 1).trim()));
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    })
    .join(";");
}
