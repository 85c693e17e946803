import "server-only";
import {
  createUserChallengeVerifier,
  type DeviceLinkCheck,
  parseDeviceLink,
  sessionSecretDigest,
  verifyDeviceLink,
} from "../../smartid";
import { type DemoIdentity, findIdentity, identitiesFor } from "../engine/identities";
import type { EmulatorSession, EndedState } from "../engine/model";
import { admitsResidency, completeAs, endWith, readSession } from "../engine/sessions";
import type { SessionStore } from "../engine/store";
import { appCallbackUrl } from "../hosted/links";
import { deviceLinkSession, existingLinkContext, type SameDeviceLink, sessionBySmartIdToken } from "../hosted/smartid";
import type {
  AppIdentity,
  AppOutcome,
  DeviceLinkAnswer,
  DeviceLinkAnswerResult,
  DeviceLinkCheckResult,
} from "./protocol";

/**
 * The Smart-ID service behind the virtual app. A device link is checked as the real service checks it — format and
 * parameter order, session, link base, authCode, and for QR codes their age — before the app may show anything.
 * The accepted link is remembered with its session, and the person's answer is taken only for that link.
 */

export type LinkCheck = DeviceLinkCheck | "session";

type Located = { ok: true; session: EmulatorSession } | { ok: false; check: LinkCheck; reason: string };

function locate(store: SessionStore, link: string, now: number): Located {
  const parsed = parseDeviceLink(link);
  if (!parsed.ok) return { ok: false, check: "format", reason: `malformed device link: ${parsed.reason}` };
  const found = sessionBySmartIdToken(store, parsed.link.sessionToken, now);
  // Reading through the engine settles time-outs before the app acts on the session.
  const session = found && readSession(store, found.token, now);
  if (!session || session.smartId.sessionToken !== parsed.link.sessionToken) {
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

export function checkDeviceLink(store: SessionStore, link: string, now: number): DeviceLinkCheckResult {
  const located = locate(store, link, now);
  if (!located.ok) return located;
  const smartId = located.session.smartId;
  const context = existingLinkContext(smartId);
  if (!context) return { ok: false, check: "sessionToken", reason: "no link was ever issued for this session" };
  const verified = verifyDeviceLink(link, deviceLinkSession(smartId, context), {
    initialCallbackUrl: context.sameDevice?.initialCallbackUrl,
    sessionCreatedAt: smartId.startedAt,
    now,
  });
  if (!verified.ok) return { ok: false, check: verified.check, reason: verified.reason };
  context.accepted = { link, type: verified.link.deviceLinkType };
  return {
    ok: true,
    request: {
      flowType: verified.link.deviceLinkType,
      relyingPartyName: smartId.relyingPartyName,
      brokeredRpName: smartId.brokeredRpName,
      identities: smartIdAppIdentities(),
    },
  };
}

/**
 * The person's answer to the link the app accepted. On a same-device link the app then opens the callback whatever
 * the answer, as SK's app does (smart-id-v3.md, "Same-device callback"). An approval becomes the session's result
 * only when that callback proves it came through this app; any other ending — a refusal, a demo account's own end,
 * a residency the integrator does not admit — is the Smart-ID session's result at once, as in the real service,
 * where the relying party learns it from the session status with or without the callback.
 */
export function answerDeviceLink(store: SessionStore, answer: DeviceLinkAnswer, now: number): DeviceLinkAnswerResult {
  const located = locate(store, answer.link, now);
  if (!located.ok) return { ok: false, reason: located.reason };
  const session = located.session;
  const context = existingLinkContext(session.smartId);
  const accepted = context?.accepted;
  if (!context || !accepted || accepted.link !== answer.link) {
    return { ok: false, reason: "this link was not opened in the app; scan the code again" };
  }
  const sameDevice = accepted.type === "QR" ? undefined : context.sameDevice;
  if (accepted.type !== "QR" && !sameDevice) return { ok: false, reason: "this session has no same-device callback" };

  if (answer.decision === "refuse") {
    context.accepted = undefined;
    endWith(session, "USER_REFUSED", "smartid");
    return { ok: true, next: returning(session, sameDevice, { outcome: "refused" }) };
  }
  const identity = findIdentity(answer.identityKey);
  if (!identity?.methods.includes("smartid")) return { ok: false, reason: "choose one of the demo accounts" };
  context.accepted = undefined;

  // Same device, and this person would be signed in: the gateway accepts the approval only through the callback.
  if (sameDevice && identity.endResult === "OK" && admitsResidency(session.request, identity.country)) {
    const verifier = createUserChallengeVerifier();
    session.smartId.userChallengeVerifier = verifier;
    session.approval = { identityKey: identity.key, flowType: accepted.type };
    const digest = sessionSecretDigest(session.smartId.sessionSecret);
    return {
      ok: true,
      next: { outcome: "confirmed", callbackUrl: appCallbackUrl(sameDevice.initialCallbackUrl, digest, verifier) },
    };
  }
  const outcome = completeAs(session, identity.key, { method: "smartid", flowType: accepted.type, now });
  if (!outcome.ok) return { ok: false, reason: outcome.message };
  return { ok: true, next: returning(session, sameDevice, appOutcome(outcome.ended)) };
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
  sameDevice: SameDeviceLink | undefined,
  outcome: AppOutcome,
): AppOutcome & { callbackUrl?: string } {
  if (!sameDevice || session.state.kind === "waiting") return outcome;
  session.smartId.endedInApp = true;
  const digest = sessionSecretDigest(session.smartId.sessionSecret);
  const callbackUrl = appCallbackUrl(sameDevice.initialCallbackUrl, digest, createUserChallengeVerifier());
  return { ...outcome, callbackUrl };
}
