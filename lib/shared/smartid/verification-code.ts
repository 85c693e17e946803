import { createHash } from "node:crypto";
import { fromBase64 } from "./encoding";

/**
 * The 4-digit code shown in the classic (notification) flow (smart-id-v3.md, "Classic (notification) flow"):
 * the last 2 bytes of SHA-256 over the raw rpChallenge bytes, big-endian, mod 10000, zero-padded.
 */
export function verificationCode(rpChallenge: string): string {
  const hash = createHash("sha256").update(fromBase64(rpChallenge)).digest();
  return String(hash.readUInt16BE(hash.length - 2) % 10000).padStart(4, "0");
}
