/**
 * Each gateway session token signs in at most once. The gateway answers the same result until its session expires
 * (an hour), so the portal must remember used tokens itself, process-wide, for longer than that: a second sign-in
 * with the same token — from this browser or any other — is refused.
 *
 * A token is first *claimed* (while its status is fetched), so two returns racing with one token cannot both win;
 * a claim is released when the sign-in did not finish (e.g. still waiting) and turned into *spent* when it did.
 */

export type ClaimResult = "claimed" | "spent" | "in-use";

export interface SpentTokenRegistryOptions {
  /** How long a spent token is remembered; longer than the gateway's session lifetime. */
  spentTtlMs?: number;
  /** A claim left behind by a crashed request frees itself after this. */
  claimTtlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  state: "claimed" | "spent";
  until: number;
}

export class SpentTokenRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly spentTtlMs: number;
  private readonly claimTtlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: SpentTokenRegistryOptions = {}) {
    this.spentTtlMs = options.spentTtlMs ?? 2 * 60 * 60 * 1000;
    this.claimTtlMs = options.claimTtlMs ?? 60 * 1000;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  claim(token: string): ClaimResult {
    const existing = this.live(token);
    if (existing) return existing.state === "spent" ? "spent" : "in-use";
    this.entries.set(token, { state: "claimed", until: this.now() + this.claimTtlMs });
    this.trim();
    return "claimed";
  }

  /** The sign-in did not finish; the token may be tried again. */
  release(token: string): void {
    if (this.live(token)?.state === "claimed") this.entries.delete(token);
  }

  spend(token: string): void {
    this.entries.delete(token);
    this.entries.set(token, { state: "spent", until: this.now() + this.spentTtlMs });
    this.trim();
  }

  isSpent(token: string): boolean {
    return this.live(token)?.state === "spent";
  }

  get size(): number {
    return this.entries.size;
  }

  private live(token: string): Entry | undefined {
    const entry = this.entries.get(token);
    if (entry && entry.until <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry;
  }

  /** Drops expired entries, then the oldest, to stay within the cap. Map order is insertion order. */
  private trim(): void {
    if (this.entries.size <= this.maxEntries) return;
    const now = this.now();
    for (const [token, entry] of this.entries) if (entry.until <= now) this.entries.delete(token);
    for (const token of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(token);
    }
  }
}

const REGISTRY = Symbol.for("smart-id-plus-portal.spent-tokens");
type Holder = typeof globalThis & { [REGISTRY]?: SpentTokenRegistry };

/** This server process's registry; on globalThis because routes may be bundled into separate chunks. */
export function spentTokens(): SpentTokenRegistry {
  const holder = globalThis as Holder;
  holder[REGISTRY] ??= new SpentTokenRegistry();
  return holder[REGISTRY];
}
