import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MemoryStateStore } from "@/lib/shared/store/memory-store";
import { RedisStateStore } from "@/lib/shared/store/redis-store";
import {
  type Change,
  type StateStore,
  StoreFullError,
  StoreUnavailableError,
  scoped,
} from "@/lib/shared/store/state-store";
import { hasRedisServer, NO_REDIS_REASON, RedisServer } from "../../../../support/redis-server";

/**
 * One contract, two backends: everything the rest of the code relies on — TTLs, put-if-absent, atomic updates, fixed
 * windows, bounded sets, key prefixes — is checked against the memory store and against a real redis-server.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let unique = 0;
const key = (name: string) => `${name}:${Date.now()}:${unique++}`;

function contract(name: string, open: () => StateStore) {
  describe(`${name}: the state-store contract`, () => {
    it("reads back what was put, as plain JSON, and nothing after its time to live", async () => {
      const store = open();
      const k = key("plain");
      const value = { a: 1, b: [true, null, "x"], c: { d: "ä" } };
      await store.put(k, value, 60);
      expect(await store.get(k)).toEqual(value);
      await sleep(90);
      expect(await store.get(k)).toBeUndefined();
    });

    it("put-if-absent stores once and refuses while the value lives", async () => {
      const store = open();
      const k = key("nx");
      expect(await store.putIfAbsent(k, "first", 60_000)).toBe(true);
      expect(await store.putIfAbsent(k, "second", 60_000)).toBe(false);
      expect(await store.get(k)).toBe("first");
      expect(await store.delete(k)).toBe(true);
      expect(await store.delete(k)).toBe(false);
      expect(await store.putIfAbsent(k, "third", 60_000)).toBe(true);
    });

    it("update sets, removes or leaves the value, and returns the change's result", async () => {
      const store = open();
      const k = key("update");
      const bump = (current: number | undefined): Change<number, string> =>
        current === undefined
          ? { set: 1, ttlMs: 60_000, result: "created" }
          : { set: current + 1, ttlMs: 60_000, result: `now ${current + 1}` };
      expect(await store.update(k, bump)).toBe("created");
      expect(await store.update(k, bump)).toBe("now 2");
      expect(await store.update<number, string>(k, () => ({ result: "kept" }))).toBe("kept");
      expect(await store.get(k)).toBe(2);
      expect(await store.update<number, string>(k, () => ({ remove: true, result: "gone" }))).toBe("gone");
      expect(await store.get(k)).toBeUndefined();
    });

    it("concurrent updates of one key all count: none is lost", async () => {
      const store = open();
      const k = key("race");
      await Promise.all(
        Array.from({ length: 40 }, () =>
          store.update<number, void>(k, (current) => ({ set: (current ?? 0) + 1, ttlMs: 60_000, result: undefined })),
        ),
      );
      expect(await store.get(k)).toBe(40);
    });

    it("of many racers that each claim a waiting value, exactly one wins", async () => {
      const store = open();
      const k = key("claim");
      await store.put(k, { state: "waiting" }, 60_000);
      const outcomes = await Promise.all(
        ["confirm", "cancel", "expire", "timeout", "confirm", "cancel"].map((ending) =>
          store.update<{ state: string }, boolean>(k, (current) =>
            current?.state === "waiting" ? { set: { state: ending }, ttlMs: 60_000, result: true } : { result: false },
          ),
        ),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect((await store.get<{ state: string }>(k))?.state).not.toBe("waiting");
    });

    it("counts hits in a fixed window that opens at the first hit", async () => {
      const store = open();
      const k = key("window");
      expect((await store.increment(k, 80)).count).toBe(1);
      const second = await store.increment(k, 80);
      expect(second.count).toBe(2);
      expect(second.resetInMs).toBeGreaterThan(0);
      expect(second.resetInMs).toBeLessThanOrEqual(80);
      await sleep(110);
      expect((await store.increment(k, 80)).count).toBe(1);
    });

    it("a bounded set admits up to its capacity, again after a member leaves or expires", async () => {
      const store = open();
      const k = key("set");
      expect(await store.admit(k, "a", 60_000, 2)).toBe(true);
      expect(await store.admit(k, "b", 80, 2)).toBe(true);
      expect(await store.admit(k, "a", 60_000, 2)).toBe(true);
      expect(await store.admit(k, "c", 60_000, 2)).toBe(false);
      expect(await store.count(k)).toBe(2);
      await sleep(110);
      expect(await store.count(k)).toBe(1);
      expect(await store.admit(k, "c", 60_000, 2)).toBe(true);
      expect(await store.admit(k, "d", 60_000, 2)).toBe(false);
      await store.dismiss(k, "a");
      expect(await store.admit(k, "d", 60_000, 2)).toBe(true);
    });

    it("scoped views share the backend but never each other's keys", async () => {
      const store = open();
      const left = scoped(store, "left:");
      const right = scoped(store, "right:");
      const k = key("shared-name");
      await left.put(k, "left", 60_000);
      expect(await right.get(k)).toBeUndefined();
      expect(await left.get(k)).toBe("left");
      expect(await store.get(`left:${k}`)).toBe("left");
    });

    it("refuses a time to live that is not positive", async () => {
      await expect(open().put(key("ttl"), 1, 0)).rejects.toThrow(RangeError);
    });
  });
}

contract("memory", () => new MemoryStateStore());

describe("memory store bounds", () => {
  it("at its cap refuses a new key instead of forgetting a live one, and takes keys again once some expire", async () => {
    let now = 1_000_000;
    const store = new MemoryStateStore({ maxEntries: 3, now: () => now });
    await store.put("a", 1, 10_000);
    await store.put("b", 2, 10_000);
    await store.put("c", 3, 1_000);
    await expect(store.put("d", 4, 10_000)).rejects.toBeInstanceOf(StoreFullError);
    expect(await store.get("a")).toBe(1);
    await store.put("a", 5, 10_000);
    now += 2_000;
    await store.put("d", 4, 10_000);
    expect(await store.get("d")).toBe(4);
    expect(store.size).toBe(3);
  });
});

describe("a lost store", () => {
  it("is recognised from any copy of the module, as Next.js bundles start-up and each route apart", async () => {
    const here = await import("@/lib/shared/store/state-store");
    vi.resetModules();
    const other = await import("@/lib/shared/store/state-store");
    expect(other.StoreUnavailableError).not.toBe(here.StoreUnavailableError);
    expect(here.isStoreUnavailable(new other.StoreUnavailableError())).toBe(true);
    expect(here.isStoreUnavailable(new other.StoreFullError())).toBe(true);
    expect(here.isStoreUnavailable(new Error("the state store is unavailable"))).toBe(false);
    expect(here.isStoreUnavailable(undefined)).toBe(false);
  });
});

const redisAvailable = hasRedisServer();
if (!redisAvailable) console.info(NO_REDIS_REASON);

describe.skipIf(!redisAvailable)("redis", () => {
  let server: RedisServer;
  let store: RedisStateStore;

  beforeAll(async () => {
    server = await RedisServer.start();
    store = new RedisStateStore({ url: server.url, prefix: "test:", log: () => {} });
    await store.connect();
  });
  afterAll(async () => {
    await store?.close();
    await server?.down();
  });

  contract("redis", () => store);

  it("answers StoreUnavailableError at once while Redis is down, and works again when it is back, without a new client", async () => {
    const k = key("outage");
    await store.put(k, "before", 60_000);
    await server.down();
    const started = Date.now();
    await expect(store.get(k)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(
      store.update<string, void>(k, () => ({ set: "x", ttlMs: 1000, result: undefined })),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1500);
    await server.up();
    let value: unknown;
    for (let i = 0; i < 60; i++) {
      try {
        value = await store.put(k, "after", 60_000).then(() => store.get(k));
        break;
      } catch {
        await sleep(100);
      }
    }
    expect(value).toBe("after");
  });

  it("lets a second caller wait for the connection the first one started (as start-up's check does)", async () => {
    const fresh = new RedisStateStore({ url: server.url, prefix: "test:", log: () => {} });
    try {
      const first = fresh.connect();
      await expect(fresh.connect(2000)).resolves.toBeUndefined();
      await first;
      const k = key("second-caller");
      await fresh.put(k, "ok", 60_000);
      expect(await fresh.get(k)).toBe("ok");
    } finally {
      await fresh.close();
    }
  });

  it("refuses to connect within its deadline when nothing listens", async () => {
    const nowhere = new RedisStateStore({ url: "redis://127.0.0.1:1", prefix: "x:", log: () => {} });
    await expect(nowhere.connect(500)).rejects.toBeInstanceOf(StoreUnavailableError);
    await nowhere.close().catch(() => {});
  });
});
