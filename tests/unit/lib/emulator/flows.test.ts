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
import { sessionSecretDigest } from "@/lib/smartid";

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
    if (!answer.ok || !answer.next.callbackUrl) throw new Error("expected a callback");
    expect(answer.next.outcome).toBe("confirmed");
    expect(hostedState(session, T0 + 1_000)).toEqual({ state: "waiting" });

    const params = new URL(answer.next.callbackUrl).searchParams;
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

describe("the callback after a request that ended in the app (same device)", () => {
  /** Opens the same-device link in the app, and answers it. */
  function answered(request: Partial<CreateRequest>, answer: { decision: "refuse" } | { identityKey: string }) {
    const { store, session } = setUp(request);
    const link = sameDeviceLink(session, ORIGIN, "en");
    expect(checkDeviceLink(store, link.link, T0 + 500).ok).toBe(true);
    const body =
      "decision" in answer
        ? { link: link.link, decision: "refuse" as const }
        : { link: link.link, decision: "confirm" as const, identityKey: answer.identityKey, pin: "1234" };
    const result = answerDeviceLink(store, body, T0 + 1_000);
    if (!result.ok) throw new Error(result.reason);
    return { session, link, next: result.next };
  }

  it("a refusal ends the session at once; the app still returns with value, digest and a verifier", () => {
    const { session, link, next } = answered({}, { decision: "refuse" });
    expect(next.outcome).toBe("refused");
    expect(session.state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
    expect(hostedState(session, T0 + 1_000)).toMatchObject({ state: "failed", endResult: "USER_REFUSED" });
    expect(next.callbackUrl?.startsWith(`${link.initialCallbackUrl}&sessionSecretDigest=`)).toBe(true);
    expect(next.callbackUrl).toMatch(/&sessionSecretDigest=[\w-]{43}&userChallengeVerifier=[\w-]{43}$/);
  });

  it("the callback after a refusal brings the person back once, and only when value and digest are this session's", () => {
    const { session, next } = answered({}, { decision: "refuse" });
    const params = new URL(next.callbackUrl ?? "").searchParams;
    const with_ = (name: string, value: string) => {
      const changed = new URLSearchParams(params);
      changed.set(name, value);
      return changed;
    };
    expect(acceptCallback(session, with_("value", "A".repeat(43)), T0 + 1_500)).toMatchObject({ failed: "value" });
    expect(acceptCallback(session, with_("sessionSecretDigest", "A".repeat(43)), T0 + 1_500)).toMatchObject({
      failed: "sessionSecretDigest",
    });
    const withoutVerifier = new URLSearchParams(params);
    withoutVerifier.delete("userChallengeVerifier");
    expect(acceptCallback(session, withoutVerifier, T0 + 1_500)).toMatchObject({ failed: "parameters" });

    expect(acceptCallback(session, params, T0 + 2_000)).toEqual({ ok: true, session });
    expect(session.state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
    expect(acceptCallback(session, params, T0 + 2_500)).toMatchObject({ ok: false, failed: "replay" });
  });

  it.each([
    ["PNOEE-30403039917", "USER_REFUSED"],
    ["PNOEE-30403039928", "USER_REFUSED_INTERACTION"],
    ["PNOEE-30403039972", "WRONG_VC"],
    ["PNOEE-30403039983", "TIMEOUT"],
  ])("SK's failure account %s ends with %s at once, and the app returns through the callback", (key, endResult) => {
    const { session, next } = answered({ app2appUrl: "https://rp.example/app2app" }, { identityKey: key });
    expect(next).toMatchObject({ outcome: "ended", endResult });
    expect(next.callbackUrl).toMatch(/^https:\/\/rp\.example\/app2app\?value=[\w-]+&sessionSecretDigest=/);
    expect(session.state).toMatchObject({ kind: "failed", endResult });
    expect(acceptCallback(session, new URL(next.callbackUrl ?? "").searchParams, T0 + 2_000)).toMatchObject({
      ok: true,
    });
  });

  it("a session that ended any other way (cancelled on the page) refuses every callback", () => {
    const { store, session } = setUp();
    const link = sameDeviceLink(session, ORIGIN, "en");
    checkDeviceLink(store, link.link, T0 + 500);
    const answer = answerDeviceLink(
      store,
      { link: link.link, decision: "confirm", identityKey: "PNOLT-40404040009", pin: "1234" },
      T0 + 1_000,
    );
    if (!answer.ok || !answer.next.callbackUrl) throw new Error("expected a callback");
    performHostedAction(session, { action: "cancel" }, { origin: ORIGIN, locale: "en", now: T0 + 1_200 });
    expect(acceptCallback(session, new URL(answer.next.callbackUrl).searchParams, T0 + 1_500)).toMatchObject({
      ok: false,
      failed: "session",
    });
    expect(session.state).toEqual({ kind: "cancelled" });
  });

  it("a refusal callback cannot end a waiting session: without a confirmed request no verifier matches", () => {
    const { session } = setUp();
    const link = sameDeviceLink(session, ORIGIN, "en");
    // Even with the secret value and digest, which an attacker does not have.
    const forged = new URL(
      `${link.initialCallbackUrl}&sessionSecretDigest=${sessionSecretDigest(session.smartId.sessionSecret)}` +
        `&userChallengeVerifier=${"A".repeat(43)}`,
    ).searchParams;
    expect(acceptCallback(session, forged, T0 + 1_000)).toMatchObject({ ok: false, failed: "userChallengeVerifier" });
    expect(session.state).toEqual({ kind: "waiting" });
  });

  it("a refusal on a QR code has no callback", () => {
    const { store, session } = setUp();
    const qr = freshQrLink(session, ORIGIN, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    checkDeviceLink(store, qr.link, T0 + 1_100);
    expect(answerDeviceLink(store, { link: qr.link, decision: "refuse" }, T0 + 1_200)).toEqual({
      ok: true,
      next: { outcome: "refused" },
    });
  });
});

describe("supported_residencies", () => {
  const onlyBaltics = { supportedResidencies: ["lt", "lv"] };

  it("refuses a classic Smart-ID sign-in from another country before any request, and the session ends", () => {
    const { session } = setUp({ ...onlyBaltics, smartidQrFlow: false });
    const answer = performHostedAction(
      session,
      { action: "smartid", country: "EE", personalCode: "40404040009" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(answer).toEqual({
      ok: true,
      state: {
        state: "not-resident",
        method: "smartid",
        country: "EE",
        supported: ["LT", "LV"],
        returnTo: `https://rp.example/return?from=gateway&session_token=${session.token}`,
      },
    });
    expect(session.phoneRequest).toBeUndefined();
  });

  it("refuses Mobile-ID the same way, and admits a resident", () => {
    const refused = setUp(onlyBaltics).session;
    performHostedAction(
      refused,
      { action: "mobile", phone: "+37200000766", personalCode: "60001019906" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(refused.state).toEqual({ kind: "not-resident", method: "mobile", country: "EE" });
    const admitted = setUp(onlyBaltics).session;
    performHostedAction(
      admitted,
      { action: "mobile", phone: "+37060000666", personalCode: "50001018865" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(admitted.state).toEqual({ kind: "waiting" });
    expect(admitted.phoneRequest?.method).toBe("mobile");
  });

  it("applies to the ID card too", () => {
    const { session } = setUp(onlyBaltics);
    performHostedAction(
      session,
      { action: "smartcard", identityKey: "PNOBE-04040400287" },
      { origin: ORIGIN, locale: "en", now: T0 },
    );
    expect(session.state).toEqual({ kind: "not-resident", method: "smartcard", country: "BE" });
  });

  it("the app says so on a QR code, and returns through the callback on the same device", () => {
    const { store, session } = setUp(onlyBaltics);
    const qr = freshQrLink(session, ORIGIN, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    checkDeviceLink(store, qr.link, T0 + 1_100);
    expect(
      answerDeviceLink(
        store,
        { link: qr.link, decision: "confirm", identityKey: "PNOEE-40404040009", pin: "1234" },
        T0 + 1_200,
      ),
    ).toEqual({ ok: true, next: { outcome: "not-resident", country: "EE" } });

    const other = setUp(onlyBaltics);
    const link = sameDeviceLink(other.session, ORIGIN, "en");
    checkDeviceLink(other.store, link.link, T0 + 500);
    const answer = answerDeviceLink(
      other.store,
      { link: link.link, decision: "confirm", identityKey: "PNOBE-04040400287", pin: "1234" },
      T0 + 1_000,
    );
    expect(answer).toMatchObject({ ok: true, next: { outcome: "not-resident", country: "BE" } });
    expect(other.session.state.kind).toBe("not-resident");
    const url = answer.ok ? answer.next.callbackUrl : undefined;
    expect(acceptCallback(other.session, new URL(url ?? "").searchParams, T0 + 1_500)).toMatchObject({ ok: true });
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
