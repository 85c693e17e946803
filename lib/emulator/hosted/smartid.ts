// Hosted: the Smart-ID v3 device links behind the hosted page (QR every second, same-device once).
import "server-only";
import { createDeviceLink, type DeviceLinkSession, type DeviceLinkType, smartIdLang } from "../../shared/smartid";
import type { EmulatorSession, SmartIdV3Session } from "../engine/model";
import { app2AppCallbackUrl, deviceLinkBase, gatewayCallbackUrl } from "./links";

/**
 * Device links for the Smart-ID session behind a gateway session. Pure functions of the session, the emulator's
 * public base (EMULATOR_PUBLIC_URL — never a viewer's Host header, so one visitor cannot point another's links
 * elsewhere) and the page's language: nothing is remembered beside the session, and rendering a page writes nothing.
 */

/** The demo environment's scheme (smart-id-v3.md, "authCode"). */
export const SMART_ID_SCHEME = "smart-id-demo";
/** After this the hosted page stops refreshing the QR code and offers a new one (a fresh Smart-ID session). */
export const QR_LIFETIME_SECONDS = 60;

export interface SameDeviceLink {
  type: Exclude<DeviceLinkType, "QR">;
  initialCallbackUrl: string;
  link: string;
}

export function deviceLinkSession(smartId: SmartIdV3Session, emulatorBase: string): DeviceLinkSession {
  return {
    scheme: SMART_ID_SCHEME,
    deviceLinkBase: deviceLinkBase(emulatorBase),
    sessionToken: smartId.sessionToken,
    sessionSecret: smartId.sessionSecret,
    rpChallenge: smartId.rpChallenge,
    relyingPartyName: smartId.relyingPartyName,
    brokeredRpName: smartId.brokeredRpName,
    interactions: smartId.interactions,
  };
}

export type QrLinkResult =
  | { status: "ok"; link: string; elapsedSeconds: number; remainingSeconds: number }
  | { status: "expired" };

/** A QR link made now, with the current elapsedSeconds and so a fresh authCode; none after the QR's lifetime. */
export function freshQrLink(session: EmulatorSession, emulatorBase: string, locale: string, now: number): QrLinkResult {
  const smartId = session.smartId;
  const elapsedSeconds = Math.max(0, Math.floor((now - smartId.startedAt) / 1000));
  if (elapsedSeconds >= QR_LIFETIME_SECONDS) return { status: "expired" };
  const link = createDeviceLink(deviceLinkSession(smartId, emulatorBase), {
    type: "QR",
    elapsedSeconds,
    lang: smartIdLang(locale),
  });
  return { status: "ok", link, elapsedSeconds, remainingSeconds: QR_LIFETIME_SECONDS - elapsedSeconds };
}

/** Where the app returns after a same-device request: the integrator's app2app_url, or the gateway's own callback. */
export function initialCallbackUrl(session: EmulatorSession, emulatorBase: string): string {
  const { app2appUrl } = session.request;
  const value = session.smartId.callbackValue;
  return app2appUrl ? app2AppCallbackUrl(app2appUrl, value) : gatewayCallbackUrl(emulatorBase, session.token, value);
}

/**
 * The same-device link: App2App back to the integrator's `app2app_url` when it gave one, otherwise Web2App back to
 * the gateway's own callback. Both carry the gateway's `value` so that the callback can be tied to this session.
 * The same session, base and language always give the same link: it is made once, as SK's notes require.
 */
export function sameDeviceLink(session: EmulatorSession, emulatorBase: string, locale: string): SameDeviceLink {
  const type = session.request.app2appUrl ? "App2App" : "Web2App";
  const callbackUrl = initialCallbackUrl(session, emulatorBase);
  const link = createDeviceLink(deviceLinkSession(session.smartId, emulatorBase), {
    type,
    initialCallbackUrl: callbackUrl,
    lang: smartIdLang(locale),
  });
  return { type, initialCallbackUrl: callbackUrl, link };
}

/**
 * Replaces the Smart-ID session behind a waiting gateway session with a fresh one (new secret, challenge, token and
 * callback value), as when the person asks for a new QR code. Links of the old session stop working.
 */
export function renewSmartIdSession(session: EmulatorSession, fresh: SmartIdV3Session): boolean {
  if (session.state.kind !== "waiting") return false;
  session.smartId = fresh;
  session.approval = undefined;
  return true;
}
