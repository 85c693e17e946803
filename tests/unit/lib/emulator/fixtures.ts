import type { CreateRequest, EmulatorSession } from "@/lib/emulator/engine/model";
import { SessionStore } from "@/lib/emulator/engine/session-store";
import { createSession } from "@/lib/emulator/engine/sessions";
import { parseCreateFields } from "@/lib/emulator/gateway/create-request";
import { MemoryStateStore } from "@/lib/shared/store/memory-store";

/** A create request as the portal sends it, through the real parser. */
export function portalRequest(fields: Record<string, unknown> = {}): CreateRequest {
  const parsed = parseCreateFields({ return_url: "http://localhost:3000/api/gateway/return", ...fields });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

export const T0 = Date.UTC(2026, 10, 26, 13, 0, 0);

export function newSession(fields: Record<string, unknown> = {}, now = T0, ttlSeconds = 3600) {
  return createSession(portalRequest(fields), { now, ttlSeconds, brokeredRpName: "Smart-ID+ Demo Portal" });
}

/** A session store on an in-memory state store whose clock the test moves. */
export function clockedStore(capacity = 100, start = T0) {
  const clock = { now: start };
  const store = new SessionStore(new MemoryStateStore({ now: () => clock.now }), capacity);
  return { store, clock };
}

/** A store holding these sessions, each added at its own creation time. */
export async function storeWith(sessions: EmulatorSession[], capacity = 100) {
  const { store, clock } = clockedStore(capacity);
  for (const session of sessions) {
    clock.now = session.createdAt;
    if (!(await store.add(session, session.createdAt))) throw new Error("the store refused a session");
  }
  return { store, clock };
}
