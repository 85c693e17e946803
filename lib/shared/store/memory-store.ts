import { type Change, checkTtl, type Json, type StateStore, StoreFullError } from "./state-store";

/**
 * The embedded backend: what `npm run dev` uses with no setup. Values are kept as JSON text, exactly as a server
 * would hold them, so nothing can share or mutate a stored object by reference and everything that works here is
 * known to serialise. Bounded: expired entries are swept as time passes, and at `maxEntries` live entries a new key
 * is refused (StoreFullError) rather than a live one forgotten.
 */

export interface MemoryStoreOptions {
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  text: string;
  expiresAt: number;
}

interface BoundedSet {
  members: Map<string, number>;
  expiresAt: number;
  /** No member expires before this: until then, looking for expired members finds none. */
  earliest: number;
}

const SWEEP_INTERVAL_MS = 1000;

export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sets = new Map<string, BoundedSet>();
  private readonly maxEntries: number;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? 200_000;
    this.now = options.now ?? Date.now;
  }

  async get<T extends Json>(key: string): Promise<T | undefined> {
    return this.read<T>(key);
  }

  async put(key: string, value: Json, ttlMs: number): Promise<void> {
    this.write(key, value, ttlMs);
  }

  async putIfAbsent(key: string, value: Json, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  async update<T extends Json, R>(key: string, change: (current: T | undefined) => Change<T, R>): Promise<R> {
    // One synchronous step from read to write: nothing else runs in between, so the change is atomic.
    const decision = change(this.read<T>(key));
    if ("set" in decision) this.write(key, decision.set, decision.ttlMs);
    else if ("remove" in decision) this.entries.delete(key);
    return decision.result;
  }

  async delete(key: string): Promise<boolean> {
    const existed = this.live(key) !== undefined;
    this.entries.delete(key);
    return existed;
  }

  async increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const now = this.now();
    const current = this.live(key);
    if (!current) {
      this.write(key, 1, windowMs);
      return { count: 1, resetInMs: checkTtl(windowMs) };
    }
    const count = Number(JSON.parse(current.text)) + 1;
    current.text = String(count);
    return { count, resetInMs: current.expiresAt - now };
  }

  async admit(setKey: string, member: string, ttlMs: number, capacity: number): Promise<boolean> {
    const now = this.now();
    const expiresAt = now + checkTtl(ttlMs);
    const set = this.liveSet(setKey, now);
    if (!set.members.has(member) && set.members.size >= capacity) {
      // Expired members are only looked for when they would make room: admitting stays O(1) below the cap.
      dropExpired(set, now);
      if (set.members.size >= capacity) return false;
    }
    set.members.set(member, expiresAt);
    set.expiresAt = Math.max(set.expiresAt, expiresAt);
    set.earliest = Math.min(set.earliest, expiresAt);
    this.sets.set(setKey, set);
    return true;
  }

  async dismiss(setKey: string, member: string): Promise<void> {
    this.sets.get(setKey)?.members.delete(member);
  }

  async count(setKey: string): Promise<number> {
    const now = this.now();
    const set = this.liveSet(setKey, now);
    dropExpired(set, now);
    return set.members.size;
  }

  /** Live entries and sets held right now (for tests and the bound). */
  get size(): number {
    this.sweep(true);
    return this.entries.size + this.sets.size;
  }

  private read<T extends Json>(key: string): T | undefined {
    const entry = this.live(key);
    return entry ? (JSON.parse(entry.text) as T) : undefined;
  }

  private write(key: string, value: Json, ttlMs: number): void {
    const expiresAt = this.now() + checkTtl(ttlMs);
    const text = JSON.stringify(value);
    if (!this.entries.has(key)) {
      this.sweep(false);
      if (this.entries.size >= this.maxEntries) {
        this.sweep(true);
        if (this.entries.size >= this.maxEntries) throw new StoreFullError();
      }
    }
    // Delete first so that insertion order follows the last write.
    this.entries.delete(key);
    this.entries.set(key, { text, expiresAt });
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private liveSet(setKey: string, now: number): BoundedSet {
    const set = this.sets.get(setKey);
    if (!set || set.expiresAt <= now) {
      this.sets.delete(setKey);
      return { members: new Map(), expiresAt: 0, earliest: Number.POSITIVE_INFINITY };
    }
    return set;
  }

  /** Drops expired entries, at most once a second unless `force`d: amortised, each entry is looked at rarely. */
  private sweep(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    for (const [key, set] of this.sets) if (set.expiresAt <= now) this.sets.delete(key);
  }
}

function dropExpired(set: BoundedSet, now: number): void {
  if (set.earliest > now) return;
  let earliest = Number.POSITIVE_INFINITY;
  for (const [member, until] of set.members) {
    if (until <= now) set.members.delete(member);
    else earliest = Math.min(earliest, until);
  }
  set.earliest = earliest;
}
