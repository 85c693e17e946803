import type { StateStore } from "../store/state-store";

/**
 * Per-client rate limits on the state store (so every instance counts together): a fixed one-minute window per
 * client address and purpose. Pure apart from the store, which the caller hands in.
 */

export type Limited = { ok: true } | { ok: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

export async function consume(store: StateStore, purpose: string, client: string, perMinute: number): Promise<Limited> {
  const { count, resetInMs } = await store.increment(`rate:${purpose}:${client}`, WINDOW_MS);
  if (count <= perMinute) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) };
}

/**
 * The client's address as the connection (or a proxy trusted with TRUST_PROXY=1) reports it: the last entry of
 * X-Forwarded-For. Next.js fills that header from the socket, and untrusted copies are removed as requests arrive
 * (lib/shared/http/forwarded-headers.ts); a trusted proxy appends the address it saw, which is the last entry.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").at(-1)?.trim() ?? "";
  // An address is at most an IPv6 literal; anything else is cut so that it cannot make keys of any size.
  return last.length > 0 ? last.slice(0, 64) : "unknown";
}
