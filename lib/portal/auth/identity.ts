import type { AuthenticatedAnswer } from "../gateway/schemas";
import type { Flow } from "./flows";
import { type ExchangeRecord, redactPayload } from "./protocol";

export { shortenCertificateValue } from "./protocol";

/**
 * The signed-in person, made from the gateway's `ok` status answer, in two parts:
 * - `PortalIdentity`, what every request needs — who, how, when — travels in the next-auth JWT, an encrypted cookie
 *   that is read (and written back) on every request, so it is kept well under a kilobyte;
 * - `SignInDetails` — the certificate (as DER in base64), the timeline and the gateway's answer — is kept on the
 *   server, in the portal's state store under the sign-in's id, for the session's lifetime, and read only by the
 *   dashboard and the PEM download. Sign-out takes it away.
 */
export interface SignInTimeline {
  /** Epoch ms: the start form was posted. */
  startedAt: number;
  /** The browser left for the gateway's page. */
  sentAt?: number;
  /** The browser came back to the portal. */
  returnedAt: number;
  /** The gateway's answer was accepted and the session made. */
  signedInAt: number;
}

export interface PortalIdentity {
  /** Random id of the sign-in attempt that made this session. */
  signInId: string;
  /** ETSI semantics identifier, e.g. PNOEE-40404040009; the session's subject. */
  subject: string;
  givenName: string;
  surname: string;
  personalCode: string;
  /** Upper case, e.g. EE. */
  country: string;
  /** smartid, mobile, smartcard (or whatever the gateway adds). */
  method: string;
  phone?: string;
  flow: Flow;
  /** The gateway's `date_authenticated` (ISO 8601), or when the portal read the answer if it had none it could read. */
  authenticatedAt: string;
  /** Set when `authenticatedAt` is the portal's time, not the gateway's. */
  authenticatedAtByPortal?: true;
}

export interface SignInDetails {
  /** DER of the authentication certificate, base64; null when the gateway sent none or one that is not a certificate. */
  certificateDer: string | null;
  /** Set when the gateway's answer held no certificate at all (rather than one the portal could not read). */
  noCertificateReturned?: true;
  timeline: SignInTimeline;
  /** The status answer as received, redacted for display (lib/portal/auth/protocol.ts): the session token elided, `certificate.value` shortened. */
  gatewayAnswer: Record<string, unknown>;
  /** What the portal saw of the sign-in, exchange by exchange, already redacted; absent for older sign-ins. */
  protocol?: ExchangeRecord[];
}

/** base64 of PEM text (what the gateway sends) → base64 of DER; also accepts base64 DER. */
export function certificateDerFromGatewayValue(value: string): string | null {
  const bytes = Buffer.from(value, "base64");
  const text = bytes.toString("latin1");
  const pem = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(text);
  if (pem?.[1]) {
    const der = Buffer.from(pem[1].replace(/\s+/g, ""), "base64");
    return der.length > 0 && der[0] === 0x30 ? der.toString("base64") : null;
  }
  return bytes.length > 0 && bytes[0] === 0x30 ? bytes.toString("base64") : null;
}

/** Standard PEM text of a base64 DER certificate. */
export function pemFromDer(derBase64: string): string {
  const lines = derBase64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

export function identityFromAnswer(
  answer: AuthenticatedAnswer,
  context: { flow: Flow; signInId: string; timeline: SignInTimeline },
): { identity: PortalIdentity; details: SignInDetails } {
  const country = answer.country_code.toUpperCase();
  const certificate = answer.certificate;
  const certificateValue = certificate?.value;
  const identity: PortalIdentity = {
    signInId: context.signInId,
    subject: `PNO${country}-${answer.code}`,
    givenName: answer.name,
    surname: answer.surname,
    personalCode: answer.code,
    country,
    method: answer.authentication_method,
    ...(answer.phone ? { phone: answer.phone } : {}),
    flow: context.flow,
    // A missing or unreadable time is no reason to refuse a sign-in the gateway confirmed; the dashboard says whose
    // clock it is.
    authenticatedAt: answer.date_authenticated ?? new Date(context.timeline.signedInAt).toISOString(),
    ...(answer.date_authenticated ? {} : { authenticatedAtByPortal: true as const }),
  };
  const details: SignInDetails = {
    certificateDer: certificateValue ? certificateDerFromGatewayValue(certificateValue) : null,
    ...(certificateValue ? {} : { noCertificateReturned: true as const }),
    timeline: context.timeline,
    gatewayAnswer: redactPayload({ ...answer }, []),
  };
  return { identity, details };
}
