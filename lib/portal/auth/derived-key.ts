import "server-only";
import { hkdfSync } from "node:crypto";

/**
 * A key derived from a server secret by HKDF-SHA-256, derived once per process and kept: the portal seals or checks
 * something with one on every sign-in hop, and the secret does not change while the process runs. The map holds one
 * entry per (secret, purpose), a handful at most.
 */
const derived = new Map<string, Buffer>();

export function derivedKey(secret: string, salt: string, info: string, length = 32): Buffer {
  const id = `${salt}\u0000${info}\u0000${length}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, salt, info, length));
    derived.set(id, key);
  }
  return key;
}
