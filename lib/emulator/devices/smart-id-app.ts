// Devices: the Smart-ID service behind the virtual app — a link is checked as the real service checks it.
import "server-only";
import {
  createUserChallengeVerifier,
  type DeviceLinkCheck,
  parseDeviceLink,
  sessionSecretDigest,
  verifyDeviceLink,
} from "../../shared/smartid";
import { type DemoIdentity, findIdentity, identitiesFor } from "../engine/identities";
import type { EmulatorSession, EndedState } from "../engine/model";
import type { SessionStore } from "../engine/session-store";
import { admitsResidency, completeAs } from "../engine/sessions";
import { fail } from "../engine/transitions";
import { appCallbackUrl } from "../hosted/links";
import { deviceLinkSession, initialCallbackUrl } from "../hosted/smartid";
import type {
  AppIdentity,
  AppOutcome,
  DeviceLinkAnswer,
  DeviceLinkAnswerResult,
  DeviceLinkCheckResult,
} from "./protocol";

/**
 * A device link is checked as the real service checks it — format and parameter order, session, link base, authCode,
 * and for QR codes their age — before the app may show anything. The accepted link is remembered in the session,
 * and the person's answer is taken only for that link.
 */

export type LinkCheck = DeviceLinkCheck | "session";

type Located = { ok: true; session: EmulatorSession } | { ok: false; check: LinkCheck; reason: string };

async function locate(store: SessionStore, link: string, now: number): Promise<Located> {
  const parsed = parseDeviceLink(link);
  if (!parsed.ok) return { ok: false, check: "format", reason: `malformed device link: ${parsed.reason}` };
  const session = await store.bySmartIdToken(parsed.link.sessionToken, now);
  if (!session) {
    return {
      ok: false,
      check: "sessionToken",
      reason: "no Smart-ID session has this sessionToken (it may have expired)",
    };
  }
  if (session.state.kind !== "waiting") {
    return { ok: false, check: "session", reason: "this sign-in has already ended" };
  }
  return { ok: true, session };
}

function appIdentity(identity: DemoIdentity): AppIdentity {
  const label = `${identity.givenName} ${identity.surname} · ${identity.country} · ${identity.nationalCode}`;
  return identity.endResult === "OK"
    ? { key: identity.key, label }
    : { key: identity.key, label, detail: identity.description };
}

export function smartIdAppIdentities(): AppIdentity[] {
  return identitiesFor("smartid").map(appIdentity);
}

export async function checkDeviceLink(
  store: SessionStore,
  link: string,
  emulatorBase: string,
  now: number,
): Promise<DeviceLinkCheckResult> {
  const located = await locate(store, link, now);
  if (!located.ok) return located;
  const { session } = located;
  const smartId = session.smartId;
  const verified = verifyDeviceLink(link, deviceLinkSession(smartId, emulatorBase), {
    initialCallbackUrl: initialCallbackUrl(session, emulatorBase),
    sessionCreatedAt: smartId.startedAt,
    now,
  });
  if (!verified.ok) return { ok: false, check: verified.check, reason: verified.reason };
  const type = verified.link.deviceLinkType;
  const remembered = await store.update(session.token, now, (live) => {
    // A new code may have replaced this Smart-ID session since it was read: then the link is no longer valid.
    if (live.state.kind !== "waiting" || live.smartId.sessionToken !== smartId.sessionToken) return false;
    live.smartId.acceptedLink = { link, type };
    return true;
  });
  if (!remembered.found || !remembered.result) {
    return { ok: false, check: "session", reason: "this sign-in has already ended or moved on to a new code" };
  }
  return {
    ok: true,
    request: {
      flowType: type,
      relyingPartyName: smartId.relyingPartyName,
      brokeredRpName: smartId.brokeredRpName,
      identities: smartIdAppIdentities(),
    },
  };
}

/**
 * The person's answer to the link the app accepted, decided on the session as stored (pure but for the verifier's
 * randomness). On a same-device link the app then opens the callback whatever the answer, as SK's app does
 * (smart-id-v3.md, "Same-device callback"). An approval becomes the session's result only when that callback proves
 * it came through this app; any other ending — a refusal, a demo account's own end, a residency the integrator does
 * not admit — is the Smart-ID session's result at once, as in the real service, where the relying party learns it
 * from the session status with or without the callback.
 */
export function decideAnswer(
  session: EmulatorSession,
  answer: DeviceLinkAnswer,
  emulatorBase: string,
  now: number,
): DeviceLinkAnswerResult {
  const accepted = session.smartId.acceptedLink;
  if (session.state.kind !== "waiting") return { ok: false, reason: "this sign-in has already ended" };
  if (!accepted || accepted.link !== answer.link) {
    return { ok: false, reason: "this link was not opened in the app; scan the code again" };
  }
  const callbackUrl = accepted.type === "QR" ? undefined : initialCallbackUrl(session, emulatorBase);

  if (answer.decision === "refuse") {
    fail(session, "USER_REFUSED", "smartid");
    return { ok: true, next: returning(session, callbackUrl, { outcome: "refused" }) };
  }
  const identity = findIdentity(answer.identityKey);
  if (!identity?.methods.includes("smartid")) return { ok: false, reason: "choose one of the demo accounts" };
  session.smartId.acceptedLink = undefined;

  // Same device, and this person would be signed in: the gateway accepts the approval only through the callback.
  if (callbackUrl && identity.endResult === "OK" && admitsResidency(session.request, identity.country)) {
    const verifier = createUserChallengeVerifier();
    session.smartId.userChallengeVerifier = verifier;
    session.approval = { identityKey: identity.key, flowType: accepted.type };
    const digest = sessionSecretDigest(session.smartId.sessionSecret);
    return { ok: true, next: { outcome: "confirmed", callbackUrl: appCallbackUrl(callbackUrl, digest, verifier) } };
  }
  const outcome = completeAs(session, identity.key, { method: "smartid", flowType: accepted.type, now });
  if (!outcome.ok) return { ok: false, reason: outcome.message };
  return { ok: true, next: returning(session, callbackUrl, appOutcome(outcome.ended)) };
}

function appOutcome(ended: EndedState): AppOutcome {
  switch (ended.kind) {
    case "authenticated":
      return { outcome: "confirmed" };
    case "failed":
      return { outcome: "ended", endResult: ended.endResult };
    case "not-resident":
      return { outcome: "not-resident", country: ended.country };
    case "cancelled":
      return { outcome: "refused" };
  }
}

/**
 * The outcome, and on a same-device link the callback the app opens after a request that ended without a signature.
 * It carries the same parameters as after an approval — `value`, `sessionSecretDigest` and a fresh
 * `userChallengeVerifier` — and is marked as expected, so the gateway can bring the person back to `return_url`.
 */
function returning(
  session: EmulatorSession,
  initialCallback: string | undefined,
  outcome: AppOutcome,
): AppOutcome & { callbackUrl?: string } {
  if (!initialCallback || session.state.kind === "waiting") return outcome;
  session.smartId.endedInApp = true;
  const digest = sessionSecretDigest(session.smartId.sessionSecret);
  return { ...outcome, callbackUrl: appCallbackUrl(initialCallback, digest, createUserChallengeVerifier()) };
}

export async function answerDeviceLink(
  store: SessionStore,
  answer: DeviceLinkAnswer,
  emulatorBase: string,
  now: number,
): Promise<DeviceLinkAnswerResult> {
  const located = await locate(store, answer.link, now);
  if (!located.ok) return { ok: false, reason: located.reason };
  const updated = await store.update(located.session.token, now, (session) =>
    decideAnswer(session, answer, emulatorBase, now),
  );
  return updated.found ? updated.result : { ok: false, reason: "this sign-in has already ended" };
}
