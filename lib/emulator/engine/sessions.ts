// Engine: making sessions, and ending them as a demo identity would.
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import {
  createCallbackValue,
  createRpChallenge,
  createSessionSecret,
  createSessionToken,
  encodeInteractions,
} from "../../shared/smartid";
import { findIdentity } from "./identities";
import type { AuthMethod, CreateRequest, EmulatorSession, EndedState, FlowType, SmartIdV3Session } from "./model";
import { authenticate, fail, refuseResidency } from "./transitions";

/**
 * Gateway sessions: creation (with the Smart-ID v3 session the gateway runs behind each one), and ending one as a
 * demo identity would. Pure apart from randomness; the caller passes the clock.
 */

/** The gateway is the relying party toward Smart-ID; the integrator is the one it acts for. */
export const GATEWAY_RELYING_PARTY_NAME = "Dokobit Identity Gateway (emulator)";

const DISPLAY_TEXT_60 = 60;

export interface CreateSessionOptions {
  /** Epoch ms. */
  now: number;
  ttlSeconds: number;
  /** The gateway's own name in Smart-ID; defaults to GATEWAY_RELYING_PARTY_NAME. */
  relyingPartyName?: string;
  /** The integrator's name the Smart-ID app shows (EMULATOR_RP_NAME). */
  brokeredRpName: string;
}

/** What the Smart-ID app shows before the PIN: "Log in to {integrator}", cut to the 60 characters allowed. */
export function loginText(brokeredRpName: string): string {
  return `Log in to ${brokeredRpName}`.slice(0, DISPLAY_TEXT_60);
}

/**
 * A fresh Smart-ID v3 session (new token, secret, challenge and callback value) as the gateway starts behind each
 * gateway session, and again whenever the person asks for a new QR code.
 */
export function newSmartIdSession(now: number, relyingPartyName: string, brokeredRpName: string): SmartIdV3Session {
  return {
    sessionId: randomUUID(),
    startedAt: now,
    sessionToken: createSessionToken(),
    sessionSecret: createSessionSecret(),
    rpChallenge: createRpChallenge(),
    interactions: encodeInteractions([{ type: "displayTextAndPIN", displayText60: loginText(brokeredRpName) }]),
    relyingPartyName,
    brokeredRpName,
    callbackValue: createCallbackValue(),
    callbackUsed: false,
    endedInApp: false,
  };
}

export function createSession(request: CreateRequest, options: CreateSessionOptions): EmulatorSession {
  const { now, ttlSeconds, brokeredRpName } = options;
  return {
    token: randomBytes(32).toString("hex"),
    createdAt: now,
    expiresAt: now + ttlSeconds * 1000,
    request,
    smartId: newSmartIdSession(now, options.relyingPartyName ?? GATEWAY_RELYING_PARTY_NAME, brokeredRpName),
    state: { kind: "waiting" },
  };
}

/** The flow types each method can report. */
const FLOW_TYPES_OF: Record<AuthMethod, readonly FlowType[]> = {
  smartid: ["QR", "Web2App", "App2App", "Notification"],
  mobile: ["MobileID"],
  smartcard: ["IDCard"],
};

function defaultFlowType(session: EmulatorSession, method: AuthMethod): FlowType {
  if (method === "mobile") return "MobileID";
  if (method === "smartcard") return "IDCard";
  return session.request.smartidQrFlow ? "QR" : "Notification";
}

export type CompleteRefusal =
  | "unknown-identity"
  | "method-not-offered"
  | "method-not-held"
  | "flow-type-mismatch"
  | "not-waiting";

export type CompleteOutcome =
  | { ok: true; ended: EndedState; method: AuthMethod; flowType: FlowType }
  | { ok: false; refusal: CompleteRefusal; message: string };

/**
 * Whether the integrator's `supported_residencies` admit a person resident in `country` (the demo identity's
 * country, any case). No list admits everyone.
 */
export function admitsResidency(request: CreateRequest, country: string): boolean {
  const residencies = request.supportedResidencies;
  return residencies.length === 0 || residencies.includes(country.toLowerCase());
}

export interface CompleteOptions {
  method: AuthMethod;
  flowType?: FlowType;
  phone?: string;
  now: number;
}

/**
 * Ends a waiting session as this demo identity would: with OK (authenticated) or with the identity's own end result
 * (SK's refusal and time-out accounts). A person who would be authenticated but whose residency the integrator's
 * `supported_residencies` do not admit ends the session as not resident instead: the gateway learns who signed in
 * only from a successful authentication, so SK's failure accounts end with their own result either way. Refuses
 * unknown identities, a method the integrator did not offer or the identity does not hold, and a flow type that does
 * not belong to the method.
 */
export function completeAs(session: EmulatorSession, identityKey: string, options: CompleteOptions): CompleteOutcome {
  const { method, now } = options;
  const identity = findIdentity(identityKey);
  if (!identity) {
    return { ok: false, refusal: "unknown-identity", message: `identity ${identityKey} is not a demo identity` };
  }
  if (!session.request.authenticationMethods.includes(method)) {
    return { ok: false, refusal: "method-not-offered", message: `method ${method} is not offered in this session` };
  }
  if (!identity.methods.includes(method)) {
    return {
      ok: false,
      refusal: "method-not-held",
      message: `identity ${identity.key} cannot sign in with ${method} (it has ${identity.methods.join(", ")})`,
    };
  }
  const flowType = options.flowType ?? defaultFlowType(session, method);
  if (!FLOW_TYPES_OF[method].includes(flowType)) {
    return {
      ok: false,
      refusal: "flow-type-mismatch",
      message: `flowType ${flowType} does not belong to ${method} (use ${FLOW_TYPES_OF[method].join(", ")})`,
    };
  }
  let changed: boolean;
  if (identity.endResult !== "OK") changed = fail(session, identity.endResult, method);
  else if (!admitsResidency(session.request, identity.country)) {
    changed = refuseResidency(session, method, identity.country);
  } else {
    changed = authenticate(session, {
      identityKey: identity.key,
      method,
      flowType,
      ...(method === "mobile" ? { phone: options.phone ?? identity.phone } : {}),
      authenticatedAt: now,
    });
  }
  if (!changed || session.state.kind === "waiting") {
    return { ok: false, refusal: "not-waiting", message: notWaitingMessage(session) };
  }
  return { ok: true, ended: session.state, method, flowType };
}

/** Plain words for a session that has already ended. */
export function notWaitingMessage(session: EmulatorSession): string {
  switch (session.state.kind) {
    case "waiting":
      return "the session is still waiting";
    case "authenticated":
      return "the session is not waiting any more: it is already authenticated";
    case "cancelled":
      return "the session is not waiting any more: it was cancelled";
    case "failed":
      return `the session is not waiting any more: it ended with ${session.state.endResult}`;
    case "not-resident":
      return `the session is not waiting any more: residency ${session.state.country} is not supported`;
  }
}
