// Engine: how a session leaves `waiting` — once, and never back.
import type { AuthenticatedResult, AuthMethod, EmulatorSession, EndedState, FailedEndResult } from "./model";

/**
 * State transitions of a session record. A session leaves `waiting` once; later attempts report false and change
 * nothing, so a late approval can never overwrite a refusal, a cancel, or an earlier result. Each runs inside the
 * store's atomic update, so of several racing endings exactly one is kept.
 */

/** Leaves `waiting` for `ended`, dropping what only a waiting session has; false if it had left already. */
function end(session: EmulatorSession, ended: EndedState): boolean {
  if (session.state.kind !== "waiting") return false;
  session.state = ended;
  session.approval = undefined;
  session.phoneRequest = undefined;
  session.smartId.acceptedLink = undefined;
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

/** A waiting request on the virtual phone past its deadline ends the session with TIMEOUT. */
export function settleTimeout(session: EmulatorSession, now: number): boolean {
  const request = session.phoneRequest;
  if (session.state.kind !== "waiting" || !request || request.deadline > now) return false;
  return fail(session, "TIMEOUT", request.method);
}
