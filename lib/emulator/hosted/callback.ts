// Hosted: the gateway's same-device callback — checked, once, before an approval counts.
import "server-only";
import { type CallbackCheck, userChallengeFromVerifier, verifyCallback } from "../../shared/smartid";
import type { EmulatorSession } from "../engine/model";
import type { SessionStore } from "../engine/session-store";
import { completeAs } from "../engine/sessions";

/**
 * The gateway's side of a same-device Smart-ID sign-in: the app's callback, forwarded by the integrator (App2App) or
 * opened directly (Web2App), is checked — value, sessionSecretDigest, userChallengeVerifier, single use — and only
 * then does the approval the app stored become the session's result. After a request the app ended without a
 * signature (a refusal, a demo account's own end, a residency not admitted) the session has ended already; its
 * callback is checked the same way, with no userChallenge to hold the verifier against, and only brings the person
 * back. Either way a callback that cannot be tied to this session changes nothing.
 */
export type CallbackOutcome =
  | { ok: true; session: EmulatorSession }
  | { ok: false; failed: CallbackCheck | "session"; reason: string };

export function acceptCallback(
  session: EmulatorSession | undefined,
  params: URLSearchParams,
  now: number,
): CallbackOutcome {
  if (!session) {
    return { ok: false, failed: "session", reason: "the sign-in session is unknown or has expired" };
  }
  const smartId = session.smartId;
  const approval = session.approval;
  const verifier = smartId.userChallengeVerifier;
  const waiting = session.state.kind === "waiting";
  const endedInApp = !waiting && smartId.endedInApp;
  if (!waiting && !endedInApp && !smartId.callbackUsed) {
    return { ok: false, failed: "session", reason: "the sign-in session has already ended" };
  }
  const check = verifyCallback(params, {
    value: smartId.callbackValue,
    sessionSecret: smartId.sessionSecret,
    // After an ending without a signature there is no userChallenge; while waiting without a confirmed request
    // there is none either, and the empty one means no verifier can match.
    userChallenge: endedInApp ? null : verifier ? userChallengeFromVerifier(verifier) : "",
    alreadyUsed: smartId.callbackUsed,
  });
  if (!check.ok) return check;
  if (endedInApp) {
    smartId.callbackUsed = true;
    return { ok: true, session };
  }
  if (!approval || !verifier) {
    return { ok: false, failed: "userChallengeVerifier", reason: "no confirmed request is waiting for this callback" };
  }
  const completed = completeAs(session, approval.identityKey, { method: "smartid", flowType: approval.flowType, now });
  if (!completed.ok) return { ok: false, failed: "session", reason: completed.message };
  smartId.callbackUsed = true;
  return { ok: true, session };
}

/** The callback against the stored session, atomically: of two racing callbacks, exactly one is accepted. */
export async function runCallback(
  store: SessionStore,
  token: string,
  params: URLSearchParams,
  now: number,
): Promise<{ outcome: CallbackOutcome; session: EmulatorSession | undefined }> {
  const updated = await store.update(token, now, (session) => acceptCallback(session, params, now));
  if (!updated.found) return { outcome: acceptCallback(undefined, params, now), session: undefined };
  return { outcome: updated.result, session: updated.session };
}
