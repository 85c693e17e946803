// Hosted: what the person does on the hosted page — start a request, use an ID card, cancel, ask for a new code.
import "server-only";
import { randomBytes } from "node:crypto";
import { verificationCode } from "../../shared/smartid";
import { mobileIdVerificationCode, threeCodeChoices } from "../devices/phone-codes";
import {
  type DemoIdentity,
  findIdentity,
  findIdentityByCountryAndCode,
  findIdentityByPhone,
} from "../engine/identities";
import type { EmulatorSession, PhoneRequest } from "../engine/model";
import type { SessionStore } from "../engine/session-store";
import { admitsResidency, completeAs, newSmartIdSession } from "../engine/sessions";
import { cancel, refuseResidency } from "../engine/transitions";
import type { HostedAction, HostedActionAnswer } from "./protocol";
import { renewSmartIdSession, sameDeviceLink } from "./smartid";
import { hostedState } from "./state";

/**
 * What the person does on the hosted page: start a classic Smart-ID or Mobile-ID request, sign in with a test ID
 * card, cancel, or ask for a new QR code. Each action checks that the session is still waiting and offers that
 * method; a refused action changes nothing and names the problem in the page's language (a message key).
 */
export interface HostedActionContext {
  /** The emulator's public base, for the same-device link of a new code. */
  emulatorBase: string;
  locale: string;
  now: number;
  /** How long the virtual phone waits for an answer before the request ends with TIMEOUT. */
  approvalTimeoutSeconds: number;
}

export function performHostedAction(
  session: EmulatorSession,
  action: HostedAction,
  context: HostedActionContext,
): HostedActionAnswer {
  const { now } = context;
  if (session.state.kind !== "waiting") return { ok: true, state: hostedState(session, now) };
  const offers = (method: "smartid" | "mobile" | "smartcard") => session.request.authenticationMethods.includes(method);

  switch (action.action) {
    case "cancel":
      cancel(session);
      return { ok: true, state: hostedState(session, now) };

    case "renew-qr": {
      if (!offers("smartid") || !session.request.smartidQrFlow) return { ok: false, error: "somethingWrong" };
      const previous = session.smartId;
      renewSmartIdSession(session, newSmartIdSession(now, previous.relyingPartyName, previous.brokeredRpName));
      const link = sameDeviceLink(session, context.emulatorBase, context.locale);
      return { ok: true, state: hostedState(session, now), sameDevice: { type: link.type, link: link.link } };
    }

    case "smartid": {
      // The QR flow has no notification step: the person scans instead of typing a code.
      if (!offers("smartid") || session.request.smartidQrFlow) return { ok: false, error: "somethingWrong" };
      const identity = findIdentityByCountryAndCode(action.country, action.personalCode, "smartid");
      if (!identity) return { ok: false, error: "unknownSmartIdAccount", field: "personalCode" };
      if (refusedResidency(session, identity, "smartid") || endsOnItsOwn(session, identity, "smartid", now)) {
        return { ok: true, state: hostedState(session, now) };
      }
      session.phoneRequest = phoneRequest(
        { method: "smartid", identityKey: identity.key },
        verificationCode(session.smartId.rpChallenge),
        context,
      );
      return { ok: true, state: hostedState(session, now) };
    }

    case "mobile": {
      if (!offers("mobile")) return { ok: false, error: "somethingWrong" };
      const identity = findIdentityByPhone(action.phone);
      if (!identity?.methods.includes("mobile") || identity.nationalCode !== action.personalCode) {
        return { ok: false, error: "unknownMobileId", field: "phone" };
      }
      if (refusedResidency(session, identity, "mobile") || endsOnItsOwn(session, identity, "mobile", now)) {
        return { ok: true, state: hostedState(session, now) };
      }
      session.phoneRequest = phoneRequest(
        { method: "mobile", identityKey: identity.key, phone: identity.phone },
        // Mobile-ID shows a code derived from the hash it signs; a fresh random hash stands in for it.
        mobileIdVerificationCode(randomBytes(32)),
        context,
      );
      return { ok: true, state: hostedState(session, now) };
    }

    case "smartcard": {
      const identity = findIdentity(action.identityKey);
      if (!offers("smartcard") || !identity?.methods.includes("smartcard")) {
        return { ok: false, error: "somethingWrong" };
      }
      completeAs(session, identity.key, { method: "smartcard", flowType: "IDCard", now });
      return { ok: true, state: hostedState(session, now) };
    }
  }
}

/**
 * The integrator's `supported_residencies` are checked before any request is sent: the person named their country
 * (Smart-ID) or their phone number does (Mobile-ID), so a person from elsewhere is refused at once and the session
 * ends. The ID card is checked as it signs in (completeAs), like every other way in.
 */
function refusedResidency(session: EmulatorSession, identity: DemoIdentity, method: "smartid" | "mobile"): boolean {
  if (admitsResidency(session.request, identity.country)) return false;
  return refuseResidency(session, method, identity.country);
}

/**
 * SK's failure accounts answer by themselves, as in SK's demo environment: a refusing account refuses at once. The
 * time-out account is the exception — it simply never answers, so its request waits out the deadline like any other.
 */
function endsOnItsOwn(
  session: EmulatorSession,
  identity: DemoIdentity,
  method: "smartid" | "mobile",
  now: number,
): boolean {
  if (identity.endResult === "OK" || identity.endResult === "TIMEOUT") return false;
  completeAs(session, identity.key, { method, flowType: method === "smartid" ? "Notification" : "MobileID", now });
  return true;
}

/**
 * A request for the virtual phone: a secret id (the hosted page's link to the phone carries it) and the three code
 * choices, fixed now so that a refresh of the phone never reshuffles the buttons.
 */
function phoneRequest(
  who: Pick<PhoneRequest, "method" | "identityKey" | "phone">,
  code: string,
  context: HostedActionContext,
): PhoneRequest {
  return {
    id: randomBytes(18).toString("base64url"),
    codes: threeCodeChoices(code),
    ...who,
    verificationCode: code,
    startedAt: context.now,
    deadline: context.now + context.approvalTimeoutSeconds * 1000,
  };
}

/**
 * Runs a hosted-page action on the stored session, atomically, and points the virtual app and phone at what it
 * made (a new Smart-ID session, a phone request). Undefined when the session is unknown or expired.
 */
export async function runHostedAction(
  store: SessionStore,
  token: string,
  action: HostedAction,
  context: HostedActionContext,
): Promise<HostedActionAnswer | undefined> {
  const updated = await store.update(token, context.now, (session) => performHostedAction(session, action, context));
  if (!updated.found) return undefined;
  const { session, result } = updated;
  if (action.action === "renew-qr" && result.ok) await store.indexSmartIdToken(session, context.now);
  if (session.phoneRequest) await store.indexPhoneRequest(session, context.now);
  return result;
}
