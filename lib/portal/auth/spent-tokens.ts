import { MemoryStateStore } from "../../shared/store/memory-store";
import type { StateStore } from "../../shared/store/state-store";

/**
 * Each gateway session token signs in at most once. The gateway answers the same result until its session expires
 * (an hour), so the portal must remember used tokens itself, for longer than that, in the portal's state store: with
 * Redis, across every instance and restart; in memory, for the life of the process (see README, "Security").
 *
 * A token is first *claimed* (SET NX PX, while its status is fetched), so two returns racing with one token — on one
 * instance or on two — cannot both win; a claim is released when the sign-in did not finish (still waiting, or the
 * gateway failed) and turned into *spent* when it did. A claim left behind by a crashed request frees itself.
 */

export type ClaimResult = "claimed" | "spent" | "in-use";

export interface SpentTokenRegistryOptions {
  store?: StateStore;
  /** How long a spent token is remembered; longer than the gateway's session lifetime. */
  spentTtlMs?: number;
  /** A claim left behind by a crashed request frees itself after this. */
  claimTtlMs?: number;
}

const CLAIMED = "claimed";
const SPENT = "spent";
const key = (token: string) => `token:${token}`;

export class SpentTokenRegistry {
  private readonly store: StateStore;
  private readonly spentTtlMs: number;
  private readonly claimTtlMs: number;

  constructor(options: SpentTokenRegistryOptions = {}) {
    this.store = options.store ?? new MemoryStateStore();
    this.spentTtlMs = options.spentTtlMs ?? 2 * 60 * 60 * 1000;
    this.claimTtlMs = options.claimTtlMs ?? 60 * 1000;
  }

  async claim(token: string): Promise<ClaimResult> {
    if (await this.store.putIfAbsent(key(token), CLAIMED, this.claimTtlMs)) return "claimed";
    const held = await this.store.get<string>(key(token));
    if (held === undefined) return this.claim(token);
    return held === SPENT ? "spent" : "in-use";
  }

  /** The sign-in did not finish; the token may be tried again. A spent token stays spent. */
  async release(token: string): Promise<void> {
    await this.store.update<string, void>(key(token), (held) =>
      held === CLAIMED ? { remove: true, result: undefined } : { result: undefined },
    );
  }

  async spend(token: string): Promise<void> {
    await this.store.put(key(token), SPENT, this.spentTtlMs);
  }

  async isSpent(token: string): Promise<boolean> {
    return (await this.store.get<string>(key(token))) === SPENT;
  }
}
