/**
 * Smart-ID v3 device links and their authCode (smart-id-v3.md, "Device links" and "authCode").
 * The link is a signed string, not a URL to be normalised: parameter order is fixed and nothing is URL-encoded,
 * so it is built and parsed as text.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { type ParsedDeviceLink, parseDeviceLink } from "./device-link-parser";
import { constantTimeEqual, fromBase64, toBase64Url, utf8ToBase64 } from "./encoding";

export * from "./device-link-parser";

export type SmartIdScheme = "smart-id" | "smart-id-demo";

export interface DeviceLinkSession {
  scheme: SmartIdScheme;
  deviceLinkBase: string;
  sessionToken: string;
  sessionSecret: string;
  rpChallenge: string;
  relyingPartyName: string;
  brokeredRpName: string;
  interactions: string;
}

export type DeviceLinkOptions =
  | { type: "QR"; elapsedSeconds: number; lang: string }
  | { type: "Web2App" | "App2App"; initialCallbackUrl: string; lang: string };

/**
 * A QR link must be no older than this (spec: "never show a QR older than 3 s"). Age is compared in whole seconds
 * (both sides floored), so a link passes while it is less than this plus one second old in real time.
 */
export const DEFAULT_MAX_QR_AGE_SECONDS = 3;
/** Whole-second flooring on two readings of the clock can put elapsedSeconds one second ahead of the check. */
export const CLOCK_ROUNDING_SECONDS = 1;

/** The link without `&authCode=…`, parameters in the exact order of the spec, no URL-encoding. */
export function unprotectedDeviceLink(session: DeviceLinkSession, options: DeviceLinkOptions): string {
  const elapsed = options.type === "QR" ? `&elapsedSeconds=${wholeSeconds(options.elapsedSeconds)}` : "";
  return (
    `${session.deviceLinkBase}?deviceLinkType=${options.type}${elapsed}` +
    `&sessionToken=${session.sessionToken}&sessionType=auth&version=1.0&lang=${options.lang}`
  );
}

/** HMAC-SHA256 over the `|`-joined payload, keyed with the decoded sessionSecret (spec "authCode"). */
export function computeAuthCode(input: {
  scheme: SmartIdScheme;
  rpChallenge: string;
  relyingPartyName: string;
  brokeredRpName: string;
  interactions: string;
  /** "" for QR links. */
  initialCallbackUrl: string;
  unprotectedDeviceLink: string;
  sessionSecret: string;
}): string {
  const payload = [
    input.scheme,
    "ACSP_V2",
    input.rpChallenge,
    utf8ToBase64(input.relyingPartyName),
    // Empty when the RP acts for itself; the separator stays either way.
    utf8ToBase64(input.brokeredRpName),
    input.interactions,
    input.initialCallbackUrl,
    input.unprotectedDeviceLink,
  ].join("|");
  const mac = createHmac("sha256", fromBase64(input.sessionSecret)).update(payload, "utf8").digest();
  return toBase64Url(mac);
}

/** The full device link, `&authCode=…` last. */
export function createDeviceLink(session: DeviceLinkSession, options: DeviceLinkOptions): string {
  const unprotected = unprotectedDeviceLink(session, options);
  // QR links are not tied to a callback, so their payload carries an empty initialCallbackUrl.
  const initialCallbackUrl = options.type === "QR" ? "" : options.initialCallbackUrl;
  return `${unprotected}&authCode=${authCodeFor(session, unprotected, initialCallbackUrl)}`;
}

function authCodeFor(session: DeviceLinkSession, unprotected: string, initialCallbackUrl: string): string {
  return computeAuthCode({
    scheme: session.scheme,
    rpChallenge: session.rpChallenge,
    relyingPartyName: session.relyingPartyName,
    brokeredRpName: session.brokeredRpName,
    interactions: session.interactions,
    initialCallbackUrl,
    unprotectedDeviceLink: unprotected,
    sessionSecret: session.sessionSecret,
  });
}

function wholeSeconds(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError("elapsedSeconds must be a non-negative integer");
  return value;
}

export type DeviceLinkCheck =
  | "format"
  | "sessionToken"
  | "deviceLinkBase"
  | "initialCallbackUrl"
  | "authCode"
  | "elapsedSeconds";

/**
 * What the Smart-ID service does on receiving a link: parse, then check the session token, the link base, the
 * authCode (recomputed from the session, plus initialCallbackUrl for same-device links), and for QR links that
 * elapsedSeconds is at most 1 s ahead of the session's age (flooring) and at most `maxQrAgeSeconds` (default 3)
 * behind it — i.e. the QR code was generated less than 4 s ago.
 */
export function verifyDeviceLink(
  link: string,
  session: DeviceLinkSession,
  context: { initialCallbackUrl?: string; sessionCreatedAt: number; now: number; maxQrAgeSeconds?: number },
): { ok: true; link: ParsedDeviceLink } | { ok: false; reason: string; check: DeviceLinkCheck } {
  const parsed = parseDeviceLink(link);
  if (!parsed.ok) return { ok: false, check: "format", reason: `malformed device link: ${parsed.reason}` };
  const parts = parsed.link;
  if (!constantTimeEqual(parts.sessionToken, session.sessionToken)) {
    return { ok: false, check: "sessionToken", reason: "sessionToken does not belong to this session" };
  }
  if (parts.deviceLinkBase !== session.deviceLinkBase) {
    return { ok: false, check: "deviceLinkBase", reason: "deviceLinkBase is not this session's" };
  }
  let initialCallbackUrl = "";
  if (parts.deviceLinkType !== "QR") {
    if (!context.initialCallbackUrl) {
      return {
        ok: false,
        check: "initialCallbackUrl",
        reason: `${parts.deviceLinkType} link, but this session has no initialCallbackUrl`,
      };
    }
    initialCallbackUrl = context.initialCallbackUrl;
  }
  if (!constantTimeEqual(parts.authCode, authCodeFor(session, parts.unprotected, initialCallbackUrl))) {
    return { ok: false, check: "authCode", reason: "authCode does not match" };
  }
  if (parts.elapsedSeconds !== undefined) {
    const actual = Math.floor((context.now - context.sessionCreatedAt) / 1000);
    const age = actual - parts.elapsedSeconds;
    const maxAge = context.maxQrAgeSeconds ?? DEFAULT_MAX_QR_AGE_SECONDS;
    if (age < -CLOCK_ROUNDING_SECONDS) {
      return {
        ok: false,
        check: "elapsedSeconds",
        reason: `QR code is from the future: elapsedSeconds ${parts.elapsedSeconds}, session is ${actual} s old`,
      };
    }
    if (age > maxAge) {
      return { ok: false, check: "elapsedSeconds", reason: `QR code is stale: generated ${age} s ago` };
    }
  }
  return { ok: true, link: parts };
}
