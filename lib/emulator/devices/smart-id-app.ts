import "server-only";
import {
  createUserChallengeVerifier,
  type DeviceLinkCheck,
  parseDeviceLink,
  sessionSecretDigest,
  verifyDeviceLink,
} from "../../smartid";
import { type DemoIdentity, findIdentity, identitiesFor } from "../engine/identities";
import type { EmulatorSession } from "../engine/model";
import { completeAs, endWith, readSession } from "../engine/sessions";
import type { SessionStore } from "../engine/store";
import { appCallbackUrl } from "../hosted/links";
import { deviceLinkSession, existingLinkContext, sessionBySmartIdToken } from "../hosted/smartid";
import type { AppIdentity, DeviceLinkAnswer, DeviceLinkAnswerResult, DeviceLinkCheckResult } from "./protocol";

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

export function answerDeviceLink(store: SessionStore, answer: DeviceLinkAnswer, now: number): DeviceLinkAnswerResult {
  const located = locate(store, answer.link, now);
  if (!located.ok) return { ok: false, reason: located.reason };
  const session = located.session;
  const context = existingLinkContext(session.smartId);
  const accepted = context?.accepted;
  if (!context || !accepted || accepted.link !== answer.link) {
    return { ok: false, reason: "this link was not opened in the app; scan the code again" };
  }
  if (answer.decision === "refuse") {
    endWith(session, "USER_REFUSED", "smartid");
    context.accepted = undefined;
    return { ok: true, next: { kind: "done", outcome: "refused" } };
  }
  const identity = findIdentity(answer.identityKey);
  if (!identity?.methods.includes("smartid")) return { ok: false, reason: "choose one of the demo accounts" };
  context.accepted = undefined;
  // QR: confirming completes the session. SK's failure accounts end as their names say on any device, at once.
  if (accepted.type === "QR" || identity.endResult !== "OK") {
    const outcome = completeAs(session, identity.key, { method: "smartid", flowType: accepted.type, now });
    if (!outcome.ok) return { ok: false, reason: outcome.message };
    return outcome.endResult === "OK"
      ? { ok: true, next: { kind: "done", outcome: "confirmed" } }
      : { ok: true, next: { kind: "done", outcome: "ended", endResult: outcome.endResult } };
  }
  // Same device: the gateway accepts the approval only when the callback proves it came through this app.
  const sameDevice = context.sameDevice;
  if (!sameDevice) return { ok: false, reason: "this session has no same-device callback" };
  const verifier = createUserChallengeVerifier();
  session.smartId.userChallengeVerifier = verifier;
  session.approval = { identityKey: identity.key, flowType: accepted.type };
  return {
    ok: true,
    next: {
      kind: "callback",
      url: appCallbackUrl(sameDevice.initialCallbackUrl, sessionSecretDigest(session.smartId.sessionSecret), verifier),
    },
  };
}
