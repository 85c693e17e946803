/**
 * Base64 helpers for Smart-ID v3 (smart-id-v3.md). Decoding is strict: Node's Buffer silently skips junk and
 * ignores trailing bits, which would let two different secret strings act as the same HMAC key.
 */
import { createHash, timingSafeEqual } from "node:crypto";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

/** base64url without padding, as every Smart-ID v3 digest, code and verifier is written. */
export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

export function isBase64(text: string): boolean {
  return BASE64.test(text) && Buffer.from(text, "base64").toString("base64") === text;
}

/** `length` pins the exact character count (e.g. 43 for a SHA-256 digest). */
export function isBase64Url(text: string, length?: { min: number; max: number } | number): boolean {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return false;
  if (typeof length === "number" && text.length !== length) return false;
  if (typeof length === "object" && (text.length < length.min || text.length > length.max)) return false;
  return Buffer.from(text, "base64url").toString("base64url") === text;
}

/** Throws on anything but canonical, padded base64. */
export function fromBase64(text: string): Buffer {
  if (!isBase64(text)) throw new TypeError("not canonical base64");
  return Buffer.from(text, "base64");
}

export function utf8ToBase64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** Constant-time string equality: both sides are hashed first so unequal lengths take the same path. */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a, "utf8").digest();
  const hb = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
