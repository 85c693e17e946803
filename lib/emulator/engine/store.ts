import type { AuthenticatedResult, AuthMethod, EmulatorSession, EndedState, FailedEndResult } from "./model";

/**
 * The emulator's in-memory session store. Bounded two ways: expired sessions are swept as new ones arrive, and a
 * cap drops the oldest live sessions first, so no amount of traffic can grow memory without limit.
 * Map iteration order is insertion order, and every session lives for the same TTL, so the head of the map is
 * always the next to expire — both sweeping and eviction only ever look at the head.
 */
export class SessionStore {
  private readonly sessions = new Map<string, EmulatorSession>();

  constructor(private readonly maxSessions: number) {
    if (!Number.isInteger(maxSessions) || maxSessions < 1)
      throw new RangeError("maxSessions must be a positive integer");
  }

  add(session: EmulatorSession, now = Date.now()): void {
    this.sweep(now);
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next();
      if (oldest.done) break;
      this.sessions.delete(oldest.value);
    }
    this.sessions.set(session.token, session);
  }

  /** The live session with this token; an expired one is removed and reads as unknown. */
  get(token: string, now = Date.now()): EmulatorSession | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= now) {
      this.sessions.delete(token);
      return undefined;
    }
    return session;
  }

  /** Removes expired sessions from the head of the map (oldest first) and stops at the first live one. */
  sweep(now = Date.now()): void {
    for (const [token, session] of this.sessions) {
      if (session.expiresAt > now) break;
      this.sessions.delete(token);
    }
  }

  /** Sessions currently held and not expired. */
  liveCount(now = Date.now()): number {
    this.sweep(now);
    return this.sessions.size;
  }

  /** Live sessions, oldest first. */
  *live(now = Date.now()): IterableIterator<EmulatorSession> {
    for (const session of this.sessions.values()) {
      if (session.expiresAt > now) yield session;
    }
  }

  get capacity(): number {
    return this.maxSessions;
  }
}

// State transitions. A session leaves `waiting` once; later attempts report false and change nothing, so a late
// approval can never overwrite a refusal, a cancel, or an earlier result.

/** Leaves `waiting` for `ended`, dropping what only a waiting session has; false if it had left already. */
function end(session: EmulatorSession, ended: EndedState): boolean {
  if (session.state.kind !== "waiting") return false;
  session.state = ended;
  session.approval = undefined;
  session.phoneRequest = undefined;
  return true;
}

export function authenticate(session: EmulatorSession, result: AuthenticatedResult): boolean {
  return end(session, { kind: "authenticated", result });
}

export function fail(session: EmulatorSession, endResult: FailedEndResult, method: AuthMethod): boolean {
  return end(session, { kind: "failed", endResult, method });
}

export function refuseResidency(session: EmulatorSession, method: AuthMethod, country: string): boolean {
  return end(session, { kind: "not-resident", method, country });
}

export function cancel(session: EmulatorSession): boolean {
  return end(session, { kind: "cancelled" });
}

/** Test control: the session reads as expired (unknown) from now on. */
export function expire(session: EmulatorSession, now = Date.now()): void {
  session.expiresAt = Math.min(session.expiresAt, now);
}
