// Engine: the emulator's session model — plain JSON, the whole of a sign-in's state in one record.
import "server-only";
/**
 * One gateway session per `session_token`, holding the Smart-ID v3 session the gateway (as relying party) runs
 * behind it, and everything the hosted page, the virtual app and the virtual phone have learnt about it. Every field
 * is plain JSON (numbers for instants), so a session can live in any store — memory or Redis — and nothing about a
 * sign-in is kept anywhere else.
 */

export const AUTH_METHODS = ["smartid", "mobile", "smartcard"] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** Smart-ID RP API v3 end results (smart-id-v3.md, "Session results"). */
export const END_RESULTS = [
  "OK",
  "USER_REFUSED",
  "TIMEOUT",
  "DOCUMENT_UNUSABLE",
  "WRONG_VC",
  "USER_REFUSED_INTERACTION",
  "PROTOCOL_FAILURE",
  "SERVER_ERROR",
] as const;
export type EndResult = (typeof END_RESULTS)[number];
export type FailedEndResult = Exclude<EndResult, "OK">;

/** How the person approved: Smart-ID v3 `signature.flowType`; Mobile-ID and ID card use their own. */
export const FLOW_TYPES = ["QR", "Web2App", "App2App", "Notification", "MobileID", "IDCard"] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

/** A gateway `session_token`: 64 lowercase hex characters. */
export const SESSION_TOKEN_PATTERN = /^[0-9a-f]{64}$/;

/** `POST /api/authentication/create` after validation (identity-gateway.md). */
export interface CreateRequest {
  returnUrl?: string;
  originHost?: string;
  code?: string;
  countryCode?: string;
  phone?: string;
  /** Never empty: all three when the integrator did not restrict them. */
  authenticationMethods: AuthMethod[];
  supportedResidencies: string[];
  smartidQrFlow: boolean;
  app2appUrl?: string;
}

/** The Smart-ID v3 device-link session behind one gateway session (smart-id-v3.md, "Session"). */
export interface SmartIdV3Session {
  sessionId: string;
  /** Epoch ms when this Smart-ID session began; QR links count `elapsedSeconds` from here. A fresh QR code after
   * the 60 s limit means a fresh Smart-ID session (new secret and rpChallenge) within the same gateway session. */
  startedAt: number;
  /** ≥ 24 alphanumerics; appears in device links. */
  sessionToken: string;
  /** base64 of random bytes; never leaves the server. */
  sessionSecret: string;
  /** base64 of 64 random bytes. */
  rpChallenge: string;
  /** base64 of the interactions JSON. */
  interactions: string;
  /** The gateway, as the relying party toward Smart-ID. */
  relyingPartyName: string;
  /** The integrator the gateway acts for. */
  brokeredRpName: string;
  /** Random base64url `value` put into the same-device callback URL, checked when the callback arrives. */
  callbackValue: string;
  /** Set when the app confirms a same-device (Web2App/App2App) request; its SHA-256 is the userChallenge. */
  userChallengeVerifier?: string;
  /** Each callback is accepted once. */
  callbackUsed: boolean;
  /** The device link the virtual app last accepted for this session: the person's answer is taken for it alone. */
  acceptedLink?: { link: string; type: "QR" | "Web2App" | "App2App" };
  /**
   * The app ended the request itself on a same-device link (the person refused, a demo account ended as it always
   * does, or the person's residency was not admitted). The session has ended already; the app's callback still
   * comes, to bring the person back, and is checked without a signature (smart-id-v3.md, "Same-device callback").
   */
  endedInApp: boolean;
}

/** A demo identity's approval that the gateway has not yet accepted (same-device: waits for the callback). */
export interface PendingApproval {
  identityKey: string;
  flowType: FlowType;
}

/** A classic Smart-ID or Mobile-ID request shown on the virtual phone, waiting for the person. */
export interface PhoneRequest {
  /**
   * A random secret that names this request: the hosted page shows a link to the virtual phone carrying it, and the
   * phone shows this request only to whoever holds it.
   */
  id: string;
  /** The three codes the phone offers, the right one among them, fixed when the request is made. */
  codes: string[];
  method: "smartid" | "mobile";
  identityKey: string;
  phone?: string;
  verificationCode: string;
  startedAt: number;
  /** Epoch ms; no answer by then ends the session with TIMEOUT. */
  deadline: number;
}

export interface AuthenticatedResult {
  identityKey: string;
  method: AuthMethod;
  flowType: FlowType;
  phone?: string;
  authenticatedAt: number;
}

export type SessionState =
  | { kind: "waiting" }
  | { kind: "authenticated"; result: AuthenticatedResult }
  | { kind: "failed"; endResult: FailedEndResult; method: AuthMethod }
  /** The person's country of residence (upper case) is not among the integrator's `supported_residencies`. */
  | { kind: "not-resident"; method: AuthMethod; country: string }
  | { kind: "cancelled" };

/** A session that has ended, in any of the ways it can. */
export type EndedState = Exclude<SessionState, { kind: "waiting" }>;

export interface EmulatorSession {
  /** 64 lowercase hex characters. */
  token: string;
  createdAt: number;
  expiresAt: number;
  request: CreateRequest;
  smartId: SmartIdV3Session;
  state: SessionState;
  approval?: PendingApproval;
  phoneRequest?: PhoneRequest;
}
