import "server-only";
import { env } from "../env";
import { constantTimeEqual } from "../smartid";

/**
 * HTTP plumbing shared by the emulator's route handlers: JSON answers that are never cached, the access-token
 * check, the emulator's public base URL and bounded body reading.
 */

export interface HttpAnswer {
  httpStatus: number;
  body: unknown;
  headers?: Record<string, string>;
}

const NO_STORE = { "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function answerResponse(answer: HttpAnswer): Response {
  return jsonResponse(answer.body, answer.httpStatus, answer.headers);
}

export function errorResponse(status: number, message: string): Response {
  return jsonResponse({ status: "error", message }, status);
}

export const INVALID_ACCESS_TOKEN = { status: "error", message: "Invalid access token" } as const;

/**
 * `?access_token=` compared in constant time with the configured token. The token is read from the URL (as the
 * gateway's API takes it) and is never echoed in any answer.
 */
export function hasValidAccessToken(request: Request): boolean {
  const given = new URL(request.url).searchParams.get("access_token");
  return given !== null && constantTimeEqual(given, env().gatewayAccessToken);
}

/**
 * 403, as Dokobit's own gateway SDK reads a refused key (identity-gateway.md, "Hosts and authentication"); a missing
 * token is refused the same way, so the answer says nothing about which of the two it was.
 */
export function invalidAccessTokenResponse(): Response {
  return jsonResponse(INVALID_ACCESS_TOKEN, 403);
}

/** 405 for a method a gateway endpoint does not have, in the gateway's JSON error shape. */
export function methodNotAllowed(allowed: readonly string[]): () => Response {
  return () =>
    jsonResponse({ status: "error", message: `Method not allowed; use ${allowed.join(" or ")}` }, 405, {
      allow: allowed.join(", "),
    });
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the client used to reach the emulator, e.g. http://127.0.0.1:3000: the forwarded host or the Host
 * header, with the forwarded scheme. A host that is not a plain host[:port], or a scheme other than http/https, is
 * ignored in favour of `fallbackOrigin`, so a forged header cannot point links at arbitrary text.
 */
export function publicOrigin(headers: Headers, fallbackOrigin: string): string {
  const fallback = new URL(fallbackOrigin);
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  const forwardedProto = firstValue(headers.get("x-forwarded-proto"));
  const protocol =
    forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : fallback.protocol.slice(0, -1);
  return host && HOST.test(host) ? `${protocol}://${host}` : fallback.origin;
}

/**
 * The emulator's public base as the client addressed it: `{scheme}://{Host}/emulator`. A portal that calls
 * http://127.0.0.1:3000/emulator gets hosted-page URLs on 127.0.0.1:3000, exactly like a real gateway's own host.
 */
export function emulatorBaseUrl(request: Request): string {
  return `${publicOrigin(request.headers, new URL(request.url).origin)}/emulator`;
}

/**
 * The emulator's public origin for a page or route that has only the request headers. Device links and the
 * same-device callback point back at it, so a person who opened the hosted page at some address is sent to the
 * virtual app at the same address; without a usable Host header it is the configured one.
 */
export function emulatorOrigin(headers: Headers): string {
  return publicOrigin(headers, configuredOrigin());
}

function configuredOrigin(): string {
  const { gatewayKind, gatewayUrl, port } = env();
  return gatewayKind === "emulator" ? new URL(gatewayUrl).origin : `http://127.0.0.1:${port}`;
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value ? value : undefined;
}

export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false; message: string };
export type BodyBytesRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * The body's bytes, refused when larger than `limit`: first on the declared Content-Length, then while reading, so
 * a body that lies about its length (or has none, as with chunked encoding) is cut off at the limit, not buffered.
 */
export async function readBodyBytes(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<BodyBytesRead> {
  const tooLarge = { ok: false, message: `the request body is larger than ${limit} bytes` } as const;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return tooLarge;
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

/** The body as UTF-8 text, with the same limit as readBodyBytes. */
export async function readBodyText(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<BodyRead> {
  const read = await readBodyBytes(request, limit);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

/** A JSON body for the test-control endpoints; an empty body reads as `{}`. */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const read = await readBodyText(request);
  if (!read.ok) return read;
  if (read.text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    return { ok: false, message: "the request body must be JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "the request body must be a JSON object" };
  }
  return { ok: true, value };
}
