import "server-only";
import { storeSettings } from "../env";
import { processSingleton } from "../process-singleton";
import { MemoryStateStore } from "./memory-store";
import { RedisStateStore } from "./redis-store";
import { type StateStore, scoped } from "./state-store";

/**
 * This process's state store, as configured: in memory (the default, nothing to set up) or Redis when REDIS_URL is
 * set. The emulator and the portal each see their own scoped view of it — they may share a server, never data.
 */
export function sharedStateStore(): StateStore {
  return processSingleton("state-store", () => {
    const { redisUrl, redisPrefix } = storeSettings();
    if (!redisUrl) return new MemoryStateStore();
    const store = new RedisStateStore({ url: redisUrl, prefix: redisPrefix });
    // Start-up waits for this connection (see checkStoreReachable); later losses reconnect by themselves.
    store.connect().catch(() => undefined);
    return store;
  });
}

/** The emulator's key space. */
export function emulatorStateStore(): StateStore {
  return scoped(sharedStateStore(), "emulator:");
}

/** The portal's key space. */
export function portalStateStore(): StateStore {
  return scoped(sharedStateStore(), "portal:");
}

/** At start-up: with REDIS_URL set, Redis must answer, or the server does not start. */
export async function checkStoreReachable(): Promise<void> {
  const store = sharedStateStore();
  if (store instanceof RedisStateStore) await store.connect(5000);
}
