import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "../../env";
import { verificationCode } from "../../smartid";
import { mobileIdVerificationCode } from "../devices/phone-codes";
import {
  type DemoIdentity,
  findIdentity,
  findIdentityByCountryAndCode,
  findIdentityByPhone,
} from "../engine/identities";
import type { EmulatorSession } from "../engine/model";
import { admitsResidency, completeAs } from "../engine/sessions";
import { cancel, refuseResidency } from "../engine/store";
import type { HostedAction, HostedActionAnswer } from "./protocol";
import { renewSmartIdSession, sameDeviceLink } from "./smartid";
import { hostedState } from "./state";

/**
 * What the person does on the hosted page: start a classic Smart-ID or Mobile-ID request, sign in with a test ID
 * card, cancel, or ask for a new QR code. Each action checks that the session is still waiting and offers that
 * method; a refused action changes nothing and names the problem in the page's language (a message key).
 */
export function performHostedAction(
  session: EmulatorSession,
  action: HostedAction,
  context: { origin: string; locale: string; now: number },
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
      renewSmartIdSession(session, now);
      const link = sameDeviceLink(session, context.origin, context.locale);
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
      session.phoneRequest = {
        method: "smartid",
        identityKey: identity.key,
        verificationCode: verificationCode(session.smartId.rpChallenge),
        startedAt: now,
        deadline: now + env().emulator.approvalTimeoutSeconds * 1000,
      };
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
      session.phoneRequest = {
        method: "mobile",
        identityKey: identity.key,
        phone: identity.phone,
        // Mobile-ID shows a code derived from the hash it signs; a fresh random hash stands in for it.
        verificationCode: mobileIdVerificationCode(randomBytes(32)),
        startedAt: now,
        deadline: now + env().emulator.approvalTimeoutSeconds * 1000,
      };
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
