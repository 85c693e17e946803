/**
 * The one body reader of the server, portal and emulator alike: a body is read only up to a limit, checked on the
 * declared Content-Length before a byte is read and again while reading, so a body that lies about its length (or
 * has none, chunked) stops at the limit too. Nothing reads a whole body without one.
 */

/** No route takes more than this; proxy.ts refuses larger declared bodies before any route sees them. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false; message: string };
export type BodyBytesRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export async function readBodyBytes(request: Request, limit: number): Promise<BodyBytesRead> {
  const tooLarge = { ok: false as const, message: `the request body is larger than ${limit} bytes` };
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
export async function readBodyText(request: Request, limit: number): Promise<BodyRead> {
  const read = await readBodyBytes(request, limit);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}
