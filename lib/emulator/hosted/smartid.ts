import "server-only";
import { createDeviceLink, type DeviceLinkSession, type DeviceLinkType, smartIdLang } from "../../smartid";
import type { EmulatorSession, SmartIdV3Session } from "../engine/model";
import { newSmartIdSession } from "../engine/sessions";
import type { SessionStore } from "../engine/store";
import { app2AppCallbackUrl, deviceLinkBase, gatewayCallbackUrl } from "./links";

/**
 * The Smart-ID v3 side of the hosted page: device links for the session behind a gateway session. The emulator is
 * the relying party here, so it remembers what the real Smart-ID service would — the link base, and for same-device
 * links the initialCallbackUrl — next to each Smart-ID session, and forgets it with the session.
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

/** What the Smart-ID service knows about one of its sessions beyond the gateway's model. */
export interface LinkContext {
  deviceLinkBase: string;
  /** Made once per Smart-ID session, as the spec says of same-device links. */
  sameDevice?: SameDeviceLink;
  /** The link the virtual app last accepted for this session; approving needs it. */
  accepted?: { link: string; type: DeviceLinkType };
}

// Pages and route handlers may live in separate server chunks; one map per process, like the session store.
const CONTEXTS = Symbol.for("smart-id-plus-portal.emulator.link-contexts");
type Holder = typeof globalThis & { [CONTEXTS]?: WeakMap<SmartIdV3Session, LinkContext> };

function contexts(): WeakMap<SmartIdV3Session, LinkContext> {
  const holder = globalThis as Holder;
  holder[CONTEXTS] ??= new WeakMap();
  return holder[CONTEXTS];
}

/** The context of a Smart-ID session; the first caller fixes its link base to the origin the browser used. */
export function linkContext(smartId: SmartIdV3Session, origin: string): LinkContext {
  let context = contexts().get(smartId);
  if (!context) {
    context = { deviceLinkBase: deviceLinkBase(origin) };
    contexts().set(smartId, context);
  }
  return context;
}

/** The context, only if a link was ever made for this session (a link that was never made cannot be valid). */
export function existingLinkContext(smartId: SmartIdV3Session): LinkContext | undefined {
  return contexts().get(smartId);
}

export function deviceLinkSession(smartId: SmartIdV3Session, context: LinkContext): DeviceLinkSession {
  return {
    scheme: SMART_ID_SCHEME,
    deviceLinkBase: context.deviceLinkBase,
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
export function freshQrLink(session: EmulatorSession, origin: string, locale: string, now: number): QrLinkResult {
  const smartId = session.smartId;
  const elapsedSeconds = Math.max(0, Math.floor((now - smartId.startedAt) / 1000));
  if (elapsedSeconds >= QR_LIFETIME_SECONDS) return { status: "expired" };
  const link = createDeviceLink(deviceLinkSession(smartId, linkContext(smartId, origin)), {
    type: "QR",
    elapsedSeconds,
    lang: smartIdLang(locale),
  });
  return { status: "ok", link, elapsedSeconds, remainingSeconds: QR_LIFETIME_SECONDS - elapsedSeconds };
}

/**
 * The same-device link: App2App back to the integrator's `app2app_url` when it gave one, otherwise Web2App back to
 * the gateway's own callback. Both carry the gateway's `value` so that the callback can be tied to this session.
 */
export function sameDeviceLink(session: EmulatorSession, origin: string, locale: string): SameDeviceLink {
  const smartId = session.smartId;
  const context = linkContext(smartId, origin);
  if (!context.sameDevice) {
    const app2appUrl = session.request.app2appUrl;
    const type = app2appUrl ? "App2App" : "Web2App";
    const initialCallbackUrl = app2appUrl
      ? app2AppCallbackUrl(app2appUrl, smartId.callbackValue)
      : gatewayCallbackUrl(origin, session.token, smartId.callbackValue);
    const link = createDeviceLink(deviceLinkSession(smartId, context), {
      type,
      initialCallbackUrl,
      lang: smartIdLang(locale),
    });
    context.sameDevice = { type, initialCallbackUrl, link };
  }
  return context.sameDevice;
}

/**
 * Replaces the Smart-ID session behind a waiting gateway session with a fresh one (new secret, challenge, token and
 * callback value), as when the person asks for a new QR code. Links of the old session stop working.
 */
export function renewSmartIdSession(session: EmulatorSession, now: number): boolean {
  if (session.state.kind !== "waiting") return false;
  const previous = session.smartId;
  session.smartId = newSmartIdSession(now, previous.relyingPartyName, previous.brokeredRpName);
  session.approval = undefined;
  return true;
}

/** The live gateway session whose current Smart-ID session has this sessionToken. */
export function sessionBySmartIdToken(
  store: SessionStore,
  sessionToken: string,
  now: number,
): EmulatorSession | undefined {
  for (const session of store.live(now)) {
    if (session.smartId.sessionToken === sessionToken) return session;
  }
  return undefined;
}
