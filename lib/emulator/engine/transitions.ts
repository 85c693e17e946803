// Engine: how a session leaves `waiting` — once, and never back.
import type { AuthenticatedResult, AuthMethod, EmulatorSession, FailedEndResult } from "./model";

/**
 * State transitions of a session record. A session leaves `waiting` once; later attempts report false and change
 * nothing, so a late approval can never overwrite a refusal, a cancel, or an earlier result. Each runs inside the
 * store's atomic update, so of several racing endings exactly one is kept.
 */

export function authenticate(session: EmulatorSession, result: AuthenticatedResult): boolean {
  if (session.state.kind !== "waiting") return false;
  session.state = { kind: "authenticated", result };
  clearPending(session);
  return true;
}

export function fail(session: EmulatorSession, endResult: FailedEndResult, method: AuthMethod): boolean {
  if (session.state.kind !== "waiting") return false;
  session.state = { kind: "failed", endResult, method };
  clearPending(session);
  return true;
}

export function cancel(session: EmulatorSession): boolean {
  if (session.state.kind !== "waiting") return false;
  session.state = { kind: "cancelled" };
  clearPending(session);
  return true;
}

/** A waiting request on the virtual phone past its deadline ends the session with TIMEOUT. */
export function settleTimeout(session: EmulatorSession, now: number): boolean {
  const request = session.phoneRequest;
  if (session.state.kind !== "waiting" || !request || request.deadline > now) return false;
  return fail(session, "TIMEOUT", request.method);
}

function clearPending(session: EmulatorSession): void {
  session.approval = undefined;
  session.phoneRequest = undefined;
  session.smartId.acceptedLink = undefined;
}
