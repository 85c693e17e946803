import { describe, expect, it } from "vitest";
import { answerPhoneRequest, phoneRequestsFor } from "@/lib/emulator/devices/phone";
import { answerDeviceLink, checkDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import type { CreateRequest } from "@/lib/emulator/engine/model";
import { createSession } from "@/lib/emulator/engine/sessions";
import { SessionStore } from "@/lib/emulator/engine/store";
import { performHostedAction } from "@/lib/emulator/hosted/actions";
import { acceptCallback } from "@/lib/emulator/hosted/callback";
import { freshQrLink, QR_LIFETIME_SECONDS, sameDeviceLink } from "@/lib/emulator/hosted/smartid";
import { hostedState } from "@/lib/emulator/hosted/state";

const ORIGIN = "http://127.0.0.1:3000";
const T0 = Date.UTC(2026, 10, 26, 13, 0, 0);

function setUp(request: Partial<CreateRequest> = {}) {
  const store = new SessionStore(10);
  const session = createSession(
    {
      returnUrl: "https://rp.example/return?from=gateway",
      authenticationMethods: ["smartid", "mobile", "smartcard"],
      supportedResidencies: [],
      smartidQrFlow: true,
      ...request,
    },
    { now: T0, ttlSeconds: 3600, brokeredRpName: "Demo RP" },
  );
  store.add(session, T0);
  return { store, session };
}

describe("QR links", () => {
  it("are made for the current second until the QR's lifetime is over", () => {
    const { session } = setUp();
    const first = freshQrLink(session, ORIGIN, "lt", T0 + 1_200);
    const later = freshQrLink(session, ORIGIN, "lt", T0 + 2_300);
    expect(first).toMatchObject({ status: "ok", elapsedSeconds: 1 });
    expect(later).toMatchObject({ status: "ok", elapsedSeconds: 2 });
    if (first.status !== "ok" || later.status !== "ok") throw new Error("expected links");
    expect(first.link).toContain(`${ORIGIN}/emulator/device-link?deviceLinkType=QR&elapsedSeconds=1&`);
    expect(first.link).toContain("&lang=lit&");
    expect(first.link).not.toBe(later.link);
    expect(freshQrLink(session, ORIGIN, "en", T0 + QR_LIFETIME_SECONDS * 1000)).toEqual({ status: "expired" });
  });

  it("a new code is a new Smart-ID session, and the old session's links stop working", () => {
    const { store, session } = setUp();
    const old = freshQrLink(session, ORIGIN, "en", T0 + 1_000);
    if (old.status !== "ok") throw new Error("expected a link");
    const answer = performHostedAction(
      session,
      { action: "renew-qr" },
      { origin: ORIGIN, locale: "en", now: T0 + 61_000 },
    );
    expect(answer.ok).toBe(true);
    expect(freshQrLink(session, ORIGIN, "en", T0 + 62_000)).toMatchObject({ status: "ok", elapsedSeconds: 1 });
    expect(checkDeviceLink(store, old.link, T0 + 61_500)).toMatchObject({ ok: false, check: "sessionToken" });
  });
});

describe("the virtual app and the callback", () => {
  it("accepts a same-device approval only through a verified callback, once", () => {
    const { store, session } = setUp();
    const link = sameDeviceLink(session, ORIGIN, "en");
    expect(link.type).toBe("Web2App");
    expect(link.initialCallbackUrl).toBe(
      `${ORIGIN}/emulator/auth/${session.token}/smartid-v3/callback?value=${session.smartId.callbackValue}`,
    );
    expect(checkDeviceLink(store, link.link, T0 + 500)).toMatchObject({ ok: true, request: { flowType: "Web2App" } });
    const answer = answerDeviceLink(
      store,
      { link: link.link, decision: "confirm", identityKey: "PNOLT-40404040009", pin: "1234" },
      T0 + 1_000,
    );
    if (!answer.ok || answer.next.kind !== "callback") throw new Error("expected a callback");
    expect(hostedState(session, T0 + 1_000)).toEqual({ state: "waiting" });

    const params = new URL(answer.next.url).searchParams;
    const forged = new URLSearchParams(params);
    forged.set("value", "A".repeat(43));
    expect(acceptCallback(session, forged, T0 + 1_500)).toMatchObject({ ok: false, failed: "value" });
    expect(acceptCallback(session, params, T0 + 2_000)).toMatchObject({ ok: true });
    expect(session.state).toMatchObject({
      kind: "authenticated",
      result: { identityKey: "PNOLT-40404040009", flowType: "Web2App" },
    });
    expect(acceptCallback(session, params, T0 + 2_500)).toMatchObject({ ok: false, failed: "replay" });
  });

  it("uses App2App back to the integrator when it gave app2app_url", () => {
    const { session } = setUp({ app2appUrl: "https://rp.example/app2app?x=1" });
    const link = sameDeviceLink(session, ORIGIN, "en");
    expect(link.type).toBe("App2App");
    expect(link.initialCallbackUrl).toBe(`https://rp.example/app2app?x=1&value=${session.smartId.callbackValue}`);
    expect(link.link).toMatch(/\?deviceLinkType=App2App&sessionToken=/);
  });

  it("refuses an answer for a link the app never accepted", () => {
    const { store, session } = setUp();
    const qr = freshQrLink(session, ORIGIN, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    const answer = answerDeviceLink(store, { link: qr.link, decision: "refuse" }, T0 + 1_100);
    expect(answer.ok).toBe(false);
    expect(session.state.kind).toBe("waiting");
  });
});

describe("classic requests on the virtual phone", () => {
  it("offers three codes, and a wrong pick ends the session with WRONG_VC", () => {
    const { store, session } = setUp({ smartidQrFlow: false });
    const started = performHostedAction(
      session,
      { action: "smartid", country: "EE", personalCode: "40404040009" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(started).toMatchObject({ ok: true, state: { state: "waiting", phoneRequest: { method: "smartid" } } });
    const [request] = phoneRequestsFor(store, "smartid:PNOEE-40404040009", T0 + 1_000);
    if (!request) throw new Error("expected a request on the phone");
    expect(request.codes).toContain(session.phoneRequest?.verificationCode);
    // A refresh shows the same buttons.
    expect(phoneRequestsFor(store, "smartid:PNOEE-40404040009", T0 + 2_000)[0]?.codes).toEqual(request.codes);
    const wrong = request.codes.find((code) => code !== session.phoneRequest?.verificationCode) ?? "";
    expect(
      answerPhoneRequest(store, { requestId: request.id, decision: "confirm", code: wrong, pin: "1234" }, T0 + 3_000),
    ).toEqual({ ok: true, outcome: "wrong-code" });
    expect(session.state).toMatchObject({ kind: "failed", endResult: "WRONG_VC" });
  });

  it("refuses an unknown person and changes nothing", () => {
    const { session } = setUp({ smartidQrFlow: false });
    const answer = performHostedAction(
      session,
      { action: "smartid", country: "LT", personalCode: "39912319999" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(answer).toMatchObject({ ok: false, error: "unknownSmartIdAccount" });
    expect(session.phoneRequest).toBeUndefined();
    expect(session.state.kind).toBe("waiting");
  });

  it("ends SK's refusing account at once, as its name says", () => {
    const { session } = setUp({ smartidQrFlow: false });
    performHostedAction(
      session,
      { action: "smartid", country: "EE", personalCode: "30403039917" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(session.state).toMatchObject({ kind: "failed", endResult: "USER_REFUSED" });
  });
});

describe("hostedState", () => {
  it("sends the browser back with session_token after every end", () => {
    const { session } = setUp();
    performHostedAction(session, { action: "cancel" }, { origin: ORIGIN, locale: "en", now: T0 });
    expect(hostedState(session, T0)).toEqual({
      state: "cancelled",
      returnTo: `https://rp.example/return?from=gateway&session_token=${session.token}`,
    });
    expect(hostedState(undefined, T0)).toEqual({ state: "closed" });
  });
});
