import "server-only";
import { env } from "../../env";
import { SessionStore } from "./store";

// One store per server process. Route handlers and pages may be bundled into separate chunks (and reloaded in
// development), so the store lives on globalThis under a registered symbol rather than in a module variable.
const STORE = Symbol.for("smart-id-plus-portal.emulator.store");

type Holder = typeof globalThis & { [STORE]?: SessionStore };

/** The emulator's session store for this server process. */
export function emulatorStore(): SessionStore {
  const holder = globalThis as Holder;
  holder[STORE] ??= new SessionStore(env().emulator.maxSessions);
  return holder[STORE];
}
