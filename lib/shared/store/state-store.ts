/**
 * The one interface through which the server remembers anything: emulator sessions, the virtual phone's requests,
 * faults, spent tokens, rate-limit counters, revoked sessions. Every value is plain JSON with a time to live, every
 * method is asynchronous, and every read-modify-write is atomic in the backend, so that a store held by a server
 * (Redis) can stand behind it unchanged and several instances share one truth.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * What an `update` does with the value it was shown: write a new one (with a fresh time to live), remove it, or
 * leave it untouched. `result` is what `update` returns to its caller in each case.
 */
export type Change<T, R> = { set: T; ttlMs: number; result: R } | { remove: true; result: R } | { result: R };

export interface StateStore {
  /** The value under `key`, or undefined when there is none or it has expired. */
  get<T extends Json>(key: string): Promise<T | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing what was there. */
  put(key: string, value: Json, ttlMs: number): Promise<void>;
  /** Stores `value` only when `key` holds nothing (SET NX PX); true when this call stored it. */
  putIfAbsent(key: string, value: Json, ttlMs: number): Promise<boolean>;
  /**
   * Reads `key`, lets `change` decide, and applies the decision atomically: when another writer changed the key in
   * between, `change` runs again on the newer value. So `change` must be a pure function of the value it is shown.
   */
  update<T extends Json, R>(key: string, change: (current: T | undefined) => Change<T, R>): Promise<R>;
  /** Removes `key`; true when it held a live value. */
  delete(key: string): Promise<boolean>;
  /**
   * Counts one more hit in a window that opens at the first hit and lasts `windowMs`: the count so far (this one
   * included) and how long until the window closes.
   */
  increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /**
   * Admits `member` to the bounded set `setKey` for `ttlMs`, unless the set already holds `capacity` live members:
   * then nothing changes and the answer is false. Members leave when their time is up or on `dismiss`.
   */
  admit(setKey: string, member: string, ttlMs: number, capacity: number): Promise<boolean>;
  dismiss(setKey: string, member: string): Promise<void>;
  /** How many live members `setKey` holds. */
  count(setKey: string): Promise<number>;
}

/**
 * Marks the errors below. Next.js bundles the start-up code and each route separately, so this module can exist
 * several times in one server: the process-wide store is made by whichever copy comes first (start-up's, see
 * lib/shared/startup.ts), and a route's `instanceof` against its own copy of the class would not recognise the errors it
 * throws. A registered symbol is the same in every copy.
 */
const UNAVAILABLE = Symbol.for("smart-id-plus-portal.store-unavailable");

/** The store could not be reached or did not answer in time: the caller answers 503 and asks to retry. */
export class StoreUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;

  constructor(message = "the state store is unavailable") {
    super(message);
    this.name = "StoreUnavailableError";
  }
}

/** An in-memory store at its entry cap: it refuses new keys rather than forget live ones. */
export class StoreFullError extends StoreUnavailableError {
  constructor() {
    super("the state store is full");
    this.name = "StoreFullError";
  }
}

/** Whether `error` is a StoreUnavailableError (or StoreFullError) from any copy of this module. */
export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return typeof error === "object" && error !== null && (error as { [UNAVAILABLE]?: unknown })[UNAVAILABLE] === true;
}

/** A view of `store` whose keys all live under `prefix`: the emulator and the portal share a server, never data. */
export function scoped(store: StateStore, prefix: string): StateStore {
  const k = (key: string) => `${prefix}${key}`;
  return {
    get: (key) => store.get(k(key)),
    put: (key, value, ttlMs) => store.put(k(key), value, ttlMs),
    putIfAbsent: (key, value, ttlMs) => store.putIfAbsent(k(key), value, ttlMs),
    update: (key, change) => store.update(k(key), change),
    delete: (key) => store.delete(k(key)),
    increment: (key, windowMs) => store.increment(k(key), windowMs),
    admit: (setKey, member, ttlMs, capacity) => store.admit(k(setKey), member, ttlMs, capacity),
    dismiss: (setKey, member) => store.dismiss(k(setKey), member),
    count: (setKey) => store.count(k(setKey)),
  };
}

/** A time to live must be a whole, positive number of milliseconds; anything else is a programming error. */
export function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new RangeError(`a time to live must be at least 1 ms (got ${ttlMs})`);
  return Math.ceil(ttlMs);
}
