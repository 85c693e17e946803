import { describe, expect, it } from "vitest";
import { answerPhoneRequest, phoneRequestView } from "@/lib/emulator/devices/phone";
import { answerDeviceLink, checkDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import type { CreateRequest } from "@/lib/emulator/engine/model";
import { createSession } from "@/lib/emulator/engine/sessions";
import { type HostedActionContext, performHostedAction, runHostedAction } from "@/lib/emulator/hosted/actions";
import { runCallback } from "@/lib/emulator/hosted/callback";
import type { HostedAction } from "@/lib/emulator/hosted/protocol";
import { freshQrLink, QR_LIFETIME_SECONDS, sameDeviceLink } from "@/lib/emulator/hosted/smartid";
import { hostedState } from "@/lib/emulator/hosted/state";
import { sessionSecretDigest } from "@/lib/shared/smartid";
import { clockedStore } from "./fixtures";

/** The emulator's flows through its engine and store, as the route handlers drive them, without HTTP. */

const BASE = "http://127.0.0.1:3000/emulator";
const T0 = Date.UTC(2026, 10, 26, 13, 0, 0);

async function setUp(request: Partial<CreateRequest> = {}) {
  const { store, clock } = clockedStore(10, T0);
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
  await store.add(session, T0);
  const read = async () => {
    const stored = await store.read(session.token, clock.now);
    if (!stored) throw new Error("the session is gone");
    return stored;
  };
  const context = (now: number, locale = "en"): HostedActionContext => ({
    emulatorBase: BASE,
    locale,
    now,
    approvalTimeoutSeconds: 90,
  });
  const act = (action: HostedAction, now: number) => {
    clock.now = now;
    return runHostedAction(store, session.token, action, context(now));
  };
  return { store, clock, session, read, act, context };
}

describe("QR links", () => {
  it("are made for the current second until the QR's lifetime is over", async () => {
    const { session } = await setUp();
    const first = freshQrLink(session, BASE, "lt", T0 + 1_200);
    const later = freshQrLink(session, BASE, "lt", T0 + 2_300);
    expect(first).toMatchObject({ status: "ok", elapsedSeconds: 1 });
    expect(later).toMatchObject({ status: "ok", elapsedSeconds: 2 });
    if (first.status !== "ok" || later.status !== "ok") throw new Error("expected links");
    expect(first.link).toContain(`${BASE}/device-link?deviceLinkType=QR&elapsedSeconds=1&`);
    expect(first.link).toContain("&lang=lit&");
    expect(first.link).not.toBe(later.link);
    expect(freshQrLink(session, BASE, "en", T0 + QR_LIFETIME_SECONDS * 1000)).toEqual({ status: "expired" });
  });

  it("a new code is a new Smart-ID session, and the old session's links stop working", async () => {
    const { store, session, read, act } = await setUp();
    const old = freshQrLink(session, BASE, "en", T0 + 1_000);
    if (old.status !== "ok") throw new Error("expected a link");
    const answer = await act({ action: "renew-qr" }, T0 + 61_000);
    expect(answer?.ok).toBe(true);
    const renewed = await read();
    const fresh = freshQrLink(renewed, BASE, "en", T0 + 62_000);
    expect(fresh).toMatchObject({ status: "ok", elapsedSeconds: 1 });
    expect(await checkDeviceLink(store, old.link, BASE, T0 + 61_500)).toMatchObject({
      ok: false,
      check: "sessionToken",
    });
    if (fresh.status !== "ok") throw new Error("expected a link");
    expect(await checkDeviceLink(store, fresh.link, BASE, T0 + 62_000)).toMatchObject({ ok: true });
  });
});

describe("the virtual app and the callback", () => {
  it("accepts a same-device approval only through a verified callback, once", async () => {
    const { store, session, read } = await setUp();
    const link = sameDeviceLink(session, BASE, "en");
    expect(link.type).toBe("Web2App");
    expect(link.initialCallbackUrl).toBe(
      `${BASE}/auth/${session.token}/smartid-v3/callback?value=${session.smartId.callbackValue}`,
    );
    // The same session and language always give the same link: it is made once, and rendering stores nothing.
    expect(sameDeviceLink(await read(), BASE, "en")).toEqual(link);
    expect(await checkDeviceLink(store, link.link, BASE, T0 + 500)).toMatchObject({
      ok: true,
      request: { flowType: "Web2App" },
    });
    const answer = await answerDeviceLink(
      store,
      { link: link.link, decision: "confirm", identityKey: "PNOLT-40404040009", pin: "1234" },
      BASE,
      T0 + 1_000,
    );
    if (!answer.ok || !answer.next.callbackUrl) throw new Error("expected a callback");
    expect(answer.next.outcome).toBe("confirmed");
    expect(hostedState(await read(), T0 + 1_000)).toEqual({ state: "waiting" });

    const params = new URL(answer.next.callbackUrl).searchParams;
    const forged = new URLSearchParams(params);
    forged.set("value", "A".repeat(43));
    expect((await runCallback(store, session.token, forged, T0 + 1_500)).outcome).toMatchObject({
      ok: false,
      failed: "value",
    });
    expect((await runCallback(store, session.token, params, T0 + 2_000)).outcome).toMatchObject({ ok: true });
    expect((await read()).state).toMatchObject({
      kind: "authenticated",
      result: { identityKey: "PNOLT-40404040009", flowType: "Web2App" },
    });
    expect((await runCallback(store, session.token, params, T0 + 2_500)).outcome).toMatchObject({
      ok: false,
      failed: "replay",
    });
  });

  it("of two racing callbacks with the same parameters, exactly one is accepted", async () => {
    const { store, session } = await setUp();
    const link = sameDeviceLink(session, BASE, "en");
    await checkDeviceLink(store, link.link, BASE, T0 + 500);
    const answer = await answerDeviceLink(
      store,
      { link: link.link, decision: "confirm", identityKey: "PNOEE-40404040009", pin: "1234" },
      BASE,
      T0 + 1_000,
    );
    if (!answer.ok || !answer.next.callbackUrl) throw new Error("expected a callback");
    const params = new URL(answer.next.callbackUrl).searchParams;
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => runCallback(store, session.token, params, T0 + 2_000)),
    );
    expect(outcomes.filter(({ outcome }) => outcome.ok)).toHaveLength(1);
  });

  it("uses App2App back to the integrator when it gave app2app_url", async () => {
    const { session } = await setUp({ app2appUrl: "https://rp.example/app2app?x=1" });
    const link = sameDeviceLink(session, BASE, "en");
    expect(link.type).toBe("App2App");
    expect(link.initialCallbackUrl).toBe(`https://rp.example/app2app?x=1&value=${session.smartId.callbackValue}`);
    expect(link.link).toMatch(/\?deviceLinkType=App2App&sessionToken=/);
  });

  it("refuses an answer for a link the app never accepted", async () => {
    const { store, session, read } = await setUp();
    const qr = freshQrLink(session, BASE, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    const answer = await answerDeviceLink(store, { link: qr.link, decision: "refuse" }, BASE, T0 + 1_100);
    expect(answer.ok).toBe(false);
    expect((await read()).state.kind).toBe("waiting");
  });
});

describe("the callback after a request that ended in the app (same device)", () => {
  /** Opens the same-device link in the app, and answers it. */
  async function answered(request: Partial<CreateRequest>, answer: { decision: "refuse" } | { identityKey: string }) {
    const fixture = await setUp(request);
    const link = sameDeviceLink(fixture.session, BASE, "en");
    expect((await checkDeviceLink(fixture.store, link.link, BASE, T0 + 500)).ok).toBe(true);
    const body =
      "decision" in answer
        ? { link: link.link, decision: "refuse" as const }
        : { link: link.link, decision: "confirm" as const, identityKey: answer.identityKey, pin: "1234" };
    const result = await answerDeviceLink(fixture.store, body, BASE, T0 + 1_000);
    if (!result.ok) throw new Error(result.reason);
    const callback = (params: URLSearchParams, at: number) =>
      runCallback(fixture.store, fixture.session.token, params, at);
    return { ...fixture, link, next: result.next, callback };
  }

  it("a refusal ends the session at once; the app still returns with value, digest and a verifier", async () => {
    const { read, link, next } = await answered({}, { decision: "refuse" });
    expect(next.outcome).toBe("refused");
    expect((await read()).state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
    expect(hostedState(await read(), T0 + 1_000)).toMatchObject({ state: "failed", endResult: "USER_REFUSED" });
    expect(next.callbackUrl?.startsWith(`${link.initialCallbackUrl}&sessionSecretDigest=`)).toBe(true);
    expect(next.callbackUrl).toMatch(/&sessionSecretDigest=[\w-]{43}&userChallengeVerifier=[\w-]{43}$/);
  });

  it("the callback after a refusal brings the person back once, and only when value and digest are this session's", async () => {
    const { read, next, callback } = await answered({}, { decision: "refuse" });
    const params = new URL(next.callbackUrl ?? "").searchParams;
    const with_ = (name: string, value: string) => {
      const changed = new URLSearchParams(params);
      changed.set(name, value);
      return changed;
    };
    expect((await callback(with_("value", "A".repeat(43)), T0 + 1_500)).outcome).toMatchObject({ failed: "value" });
    expect((await callback(with_("sessionSecretDigest", "A".repeat(43)), T0 + 1_500)).outcome).toMatchObject({
      failed: "sessionSecretDigest",
    });
    const withoutVerifier = new URLSearchParams(params);
    withoutVerifier.delete("userChallengeVerifier");
    expect((await callback(withoutVerifier, T0 + 1_500)).outcome).toMatchObject({ failed: "parameters" });

    expect((await callback(params, T0 + 2_000)).outcome).toMatchObject({ ok: true });
    expect((await read()).state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
    expect((await callback(params, T0 + 2_500)).outcome).toMatchObject({ ok: false, failed: "replay" });
  });

  it.each([
    ["PNOEE-30403039917", "USER_REFUSED"],
    ["PNOEE-30403039928", "USER_REFUSED_INTERACTION"],
    ["PNOEE-30403039972", "WRONG_VC"],
    ["PNOEE-30403039983", "TIMEOUT"],
  ])(
    "SK's failure account %s ends with %s at once, and the app returns through the callback",
    async (key, endResult) => {
      const { read, next, callback } = await answered(
        { app2appUrl: "https://rp.example/app2app" },
        { identityKey: key },
      );
      expect(next).toMatchObject({ outcome: "ended", endResult });
      expect(next.callbackUrl).toMatch(/^https:\/\/rp\.example\/app2app\?value=[\w-]+&sessionSecretDigest=/);
      expect((await read()).state).toMatchObject({ kind: "failed", endResult });
      expect((await callback(new URL(next.callbackUrl ?? "").searchParams, T0 + 2_000)).outcome).toMatchObject({
        ok: true,
      });
    },
  );

  it("a session that ended any other way (cancelled on the page) refuses every callback", async () => {
    const { store, session, read, act } = await setUp();
    const link = sameDeviceLink(session, BASE, "en");
    await checkDeviceLink(store, link.link, BASE, T0 + 500);
    const answer = await answerDeviceLink(
      store,
      { link: link.link, decision: "confirm", identityKey: "PNOLT-40404040009", pin: "1234" },
      BASE,
      T0 + 1_000,
    );
    if (!answer.ok || !answer.next.callbackUrl) throw new Error("expected a callback");
    await act({ action: "cancel" }, T0 + 1_200);
    const late = await runCallback(store, session.token, new URL(answer.next.callbackUrl).searchParams, T0 + 1_500);
    expect(late.outcome).toMatchObject({ ok: false, failed: "session" });
    expect((await read()).state).toEqual({ kind: "cancelled" });
  });

  it("a refusal callback cannot end a waiting session: without a confirmed request no verifier matches", async () => {
    const { store, session, read } = await setUp();
    const link = sameDeviceLink(session, BASE, "en");
    // Even with the secret value and digest, which an attacker does not have.
    const forged = new URL(
      `${link.initialCallbackUrl}&sessionSecretDigest=${sessionSecretDigest(session.smartId.sessionSecret)}` +
        `&userChallengeVerifier=${"A".repeat(43)}`,
    ).searchParams;
    expect((await runCallback(store, session.token, forged, T0 + 1_000)).outcome).toMatchObject({
      ok: false,
      failed: "userChallengeVerifier",
    });
    expect((await read()).state).toEqual({ kind: "waiting" });
  });

  it("a refusal on a QR code has no callback", async () => {
    const { store, session } = await setUp();
    const qr = freshQrLink(session, BASE, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    await checkDeviceLink(store, qr.link, BASE, T0 + 1_100);
    expect(await answerDeviceLink(store, { link: qr.link, decision: "refuse" }, BASE, T0 + 1_200)).toEqual({
      ok: true,
      next: { outcome: "refused" },
    });
  });
});

describe("supported_residencies", () => {
  const onlyBaltics = { supportedResidencies: ["lt", "lv"] };

  it("refuses a classic Smart-ID sign-in from another country before any request, and the session ends", async () => {
    const { session, read, act } = await setUp({ ...onlyBaltics, smartidQrFlow: false });
    const answer = await act({ action: "smartid", country: "EE", personalCode: "40404040009" }, T0);
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
    expect((await read()).phoneRequest).toBeUndefined();
  });

  it("refuses Mobile-ID the same way, and admits a resident", async () => {
    const refused = await setUp(onlyBaltics);
    await refused.act({ action: "mobile", phone: "+37200000766", personalCode: "60001019906" }, T0);
    expect((await refused.read()).state).toEqual({ kind: "not-resident", method: "mobile", country: "EE" });
    const admitted = await setUp(onlyBaltics);
    await admitted.act({ action: "mobile", phone: "+37060000666", personalCode: "50001018865" }, T0);
    const stored = await admitted.read();
    expect(stored.state).toEqual({ kind: "waiting" });
    expect(stored.phoneRequest?.method).toBe("mobile");
  });

  it("applies to the ID card too", async () => {
    const { read, act } = await setUp(onlyBaltics);
    await act({ action: "smartcard", identityKey: "PNOBE-04040400287" }, T0);
    expect((await read()).state).toEqual({ kind: "not-resident", method: "smartcard", country: "BE" });
  });

  it("the app says so on a QR code, and returns through the callback on the same device", async () => {
    const { store, session } = await setUp(onlyBaltics);
    const qr = freshQrLink(session, BASE, "en", T0 + 1_000);
    if (qr.status !== "ok") throw new Error("expected a link");
    await checkDeviceLink(store, qr.link, BASE, T0 + 1_100);
    expect(
      await answerDeviceLink(
        store,
        { link: qr.link, decision: "confirm", identityKey: "PNOEE-40404040009", pin: "1234" },
        BASE,
        T0 + 1_200,
      ),
    ).toEqual({ ok: true, next: { outcome: "not-resident", country: "EE" } });

    const other = await setUp(onlyBaltics);
    const link = sameDeviceLink(other.session, BASE, "en");
    await checkDeviceLink(other.store, link.link, BASE, T0 + 500);
    const answer = await answerDeviceLink(
      other.store,
      { link: link.link, decision: "confirm", identityKey: "PNOBE-04040400287", pin: "1234" },
      BASE,
      T0 + 1_000,
    );
    expect(answer).toMatchObject({ ok: true, next: { outcome: "not-resident", country: "BE" } });
    expect((await other.read()).state.kind).toBe("not-resident");
    const url = answer.ok ? answer.next.callbackUrl : undefined;
    expect(
      (await runCallback(other.store, other.session.token, new URL(url ?? "").searchParams, T0 + 1_500)).outcome,
    ).toMatchObject({ ok: true });
  });
});

describe("classic requests on the virtual phone", () => {
  it("offers three codes, only to the holder of the request's secret, and a wrong pick ends with WRONG_VC", async () => {
    const { store, read, act } = await setUp({ smartidQrFlow: false });
    const started = await act({ action: "smartid", country: "EE", personalCode: "40404040009" }, T0);
    expect(started).toMatchObject({ ok: true, state: { state: "waiting", phoneRequest: { method: "smartid" } } });
    if (!started?.ok || started.state.state !== "waiting" || !started.state.phoneRequest) {
      throw new Error("expected a phone request");
    }
    const { requestId } = started.state.phoneRequest;
    const request = await phoneRequestView(store, requestId, T0 + 1_000);
    if (!request) throw new Error("expected a request on the phone");
    const stored = (await read()).phoneRequest;
    expect(request.codes).toContain(stored?.verificationCode);
    expect(request.holder).toBe("OK TESTNUMBER (EE, 40404040009)");
    // A refresh shows the same buttons.
    expect((await phoneRequestView(store, requestId, T0 + 2_000))?.codes).toEqual(request.codes);
    // Anyone without the secret sees nothing.
    expect(await phoneRequestView(store, "x".repeat(24), T0 + 2_000)).toBeUndefined();
    const wrong = request.codes.find((code) => code !== stored?.verificationCode) ?? "";
    expect(
      await answerPhoneRequest(store, { requestId, decision: "confirm", code: wrong, pin: "1234" }, T0 + 3_000),
    ).toEqual({ ok: true, outcome: "wrong-code" });
    expect((await read()).state).toMatchObject({ kind: "failed", endResult: "WRONG_VC" });
  });

  it("refuses an unknown person and changes nothing", async () => {
    const { read, act } = await setUp({ smartidQrFlow: false });
    const answer = await act({ action: "smartid", country: "LT", personalCode: "39912319999" }, T0);
    expect(answer).toMatchObject({ ok: false, error: "unknownSmartIdAccount" });
    expect((await read()).phoneRequest).toBeUndefined();
    expect((await read()).state.kind).toBe("waiting");
  });

  it("ends SK's refusing account at once, as its name says", async () => {
    const { read, act } = await setUp({ smartidQrFlow: false });
    await act({ action: "smartid", country: "EE", personalCode: "30403039917" }, T0);
    expect((await read()).state).toMatchObject({ kind: "failed", endResult: "USER_REFUSED" });
  });
});

describe("hostedState", () => {
  it("sends the browser back with session_token after every end", async () => {
    const { session, context } = await setUp();
    performHostedAction(session, { action: "cancel" }, context(T0));
    expect(hostedState(session, T0)).toEqual({
      state: "cancelled",
      returnTo: `https://rp.example/return?from=gateway&session_token=${session.token}`,
    });
    expect(hostedState(undefined, T0)).toEqual({ state: "closed" });
  });
});
