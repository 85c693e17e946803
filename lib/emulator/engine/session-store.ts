// Engine: the emulator's sessions on the state store — bounded, expiring, changed atomically.
import type { Json, StateStore } from "../../shared/store/state-store";
import { type EmulatorSession, SESSION_TOKEN_PATTERN } from "./model";
import { SessionChanges } from "./session-changes";
import { settleTimeout } from "./transitions";

/**
 * Where gateway sessions live. Each is one record under `session:{token}` whose time to live is the session's own,
 * plus two pointers that let the Smart-ID app and the virtual phone find it: by the Smart-ID sessionToken its device
 * links carry, and by the secret id of its phone request. Live sessions are counted in a bounded set: at the cap a
 * new session is refused and no live one is ever dropped, so a flood cannot end anyone's sign-in.
 *
 * Every change goes through `update`, an atomic read-modify-write in the backend: of two endings racing on one
 * session (confirm against cancel, a callback against a time-out), exactly one is kept.
 */

const LIVE = "live-sessions";
const sessionKey = (token: string) => `session:${token}`;
const smartIdKey = (smartIdToken: string) => `smart-id:${smartIdToken}`;
const phoneKey = (requestId: string) => `phone:${requestId}`;

export function isSessionToken(token: string): boolean {
  return SESSION_TOKEN_PATTERN.test(token);
}

export type Update<R> =
  /** The session was found; `result` is what the change said, and its changes (if any) were stored. */
  { found: true; result: R; session: EmulatorSession } | { found: false };

export class SessionStore {
  /** Rung after every change this process makes, so that its own watchers need not wait for their next look. */
  readonly changes = new SessionChanges();

  constructor(
    private readonly state: StateStore,
    private readonly maxSessions: number,
  ) {
    if (!Number.isInteger(maxSessions) || maxSessions < 1) {
      throw new RangeError("maxSessions must be a positive integer");
    }
  }

  /** Stores a new session; false (and nothing stored) when the cap of live sessions is reached. */
  async add(session: EmulatorSession, now: number): Promise<boolean> {
    const ttlMs = session.expiresAt - now;
    if (ttlMs < 1) return false;
    if (!(await this.state.admit(LIVE, session.token, ttlMs, this.maxSessions))) return false;
    await this.state.put(smartIdKey(session.smartId.sessionToken), session.token, ttlMs);
    await this.state.put(sessionKey(session.token), toJson(session), ttlMs);
    return true;
  }

  /**
   * The live session with this token, or undefined when the token is malformed, unknown or expired. A request on
   * the virtual phone past its deadline ends the session with TIMEOUT first, so every reader sees the same state.
   */
  async read(token: string, now: number): Promise<EmulatorSession | undefined> {
    if (!isSessionToken(token)) return undefined;
    const session = await this.state.get<Json>(sessionKey(token));
    if (!session) return undefined;
    const found = session as unknown as EmulatorSession;
    if (found.expiresAt <= now) return undefined;
    if (found.phoneRequest && found.phoneRequest.deadline <= now && found.state.kind === "waiting") {
      const settled = await this.update(token, now, (live) => settleTimeout(live, now));
      return settled.found ? settled.session : undefined;
    }
    return found;
  }

  /**
   * Changes a live session atomically: `change` works on a fresh copy (it may run more than once when another
   * writer wins a race, so it must depend on the session alone) and its result is returned with the session as
   * stored. Time-outs are settled before `change` sees the session.
   */
  async update<R>(token: string, now: number, change: (session: EmulatorSession) => R): Promise<Update<R>> {
    if (!isSessionToken(token)) return { found: false };
    let changed = false;
    const updated = await this.state.update<Json, Update<R>>(sessionKey(token), (current) => {
      if (!current) return { result: { found: false } };
      const session = current as unknown as EmulatorSession;
      if (session.expiresAt <= now) return { result: { found: false } };
      const before = JSON.stringify(session);
      settleTimeout(session, now);
      const result = change(session);
      const outcome: Update<R> = { found: true, result, session };
      changed = JSON.stringify(session) !== before;
      if (!changed) return { result: outcome };
      return { set: toJson(session), ttlMs: Math.max(1, session.expiresAt - now), result: outcome };
    });
    if (changed) this.changes.notify(token);
    return updated;
  }

  /** Test control's "expire": the session reads as closed from now on, and leaves the count of live ones. */
  async remove(token: string): Promise<void> {
    if (!isSessionToken(token)) return;
    await this.state.delete(sessionKey(token));
    await this.state.dismiss(LIVE, token);
    this.changes.notify(token);
  }

  /** The session whose current Smart-ID session has this sessionToken (device links carry it). */
  async bySmartIdToken(smartIdToken: string, now: number): Promise<EmulatorSession | undefined> {
    if (!/^[A-Za-z0-9]{1,64}$/.test(smartIdToken)) return undefined;
    const token = await this.state.get<string>(smartIdKey(smartIdToken));
    const session = token ? await this.read(token, now) : undefined;
    return session?.smartId.sessionToken === smartIdToken ? session : undefined;
  }

  /** Points a Smart-ID sessionToken at its gateway session (a new QR code starts a new Smart-ID session). */
  async indexSmartIdToken(session: EmulatorSession, now: number): Promise<void> {
    await this.state.put(smartIdKey(session.smartId.sessionToken), session.token, Math.max(1, session.expiresAt - now));
  }

  /** The session whose phone request has this secret id. */
  async byPhoneRequest(requestId: string, now: number): Promise<EmulatorSession | undefined> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(requestId)) return undefined;
    const token = await this.state.get<string>(phoneKey(requestId));
    const session = token ? await this.read(token, now) : undefined;
    return session?.phoneRequest?.id === requestId ? session : undefined;
  }

  async indexPhoneRequest(session: EmulatorSession, now: number): Promise<void> {
    const request = session.phoneRequest;
    if (!request) return;
    await this.state.put(phoneKey(request.id), session.token, Math.max(1, request.deadline - now + 60_000));
  }

  async liveCount(): Promise<number> {
    return this.state.count(LIVE);
  }

  get capacity(): number {
    return this.maxSessions;
  }
}

/** A session as stored: its JSON form (undefined fields dropped), which is all a backend keeps. */
function toJson(session: EmulatorSession): Json {
  return JSON.parse(JSON.stringify(session)) as Json;
}
