import { describe, expect, it } from "vitest";
import type { EmulatorSession } from "@/lib/emulator/engine/model";
import {
  completeAs,
  createSession,
  endWith,
  GATEWAY_RELYING_PARTY_NAME,
  loginText,
  readSession,
} from "@/lib/emulator/engine/sessions";
import { SessionStore } from "@/lib/emulator/engine/store";
import { statusAnswer } from "@/lib/emulator/gateway/status";
import { isBase64, isBase64Url } from "@/lib/smartid";
import { newSession, portalRequest, T0 } from "../fixtures";

function stored(session: EmulatorSession, capacity = 100): SessionStore {
  const store = new SessionStore(capacity);
  store.add(session, session.createdAt);
  return store;
}

describe("createSession", () => {
  it("makes a waiting session with a 64-hex token and a fresh Smart-ID v3 session", () => {
    const session = newSession();
    expect(session.token).toMatch(/^[0-9a-f]{64}$/);
    expect(session.state).toEqual({ kind: "waiting" });
    expect(session.expiresAt - session.createdAt).toBe(3600 * 1000);
    const smartId = session.smartId;
    expect(smartId.sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(smartId.startedAt).toBe(T0);
    expect(smartId.sessionToken).toMatch(/^[A-Za-z0-9]{24,}$/);
    expect(isBase64(smartId.sessionSecret)).toBe(true);
    expect(Buffer.from(smartId.rpChallenge, "base64")).toHaveLength(64);
    expect(isBase64Url(smartId.callbackValue, { min: 22, max: 86 })).toBe(true);
    expect(smartId.relyingPartyName).toBe(GATEWAY_RELYING_PARTY_NAME);
    expect(smartId.brokeredRpName).toBe("Smart-ID+ Demo Portal");
    expect(JSON.parse(Buffer.from(smartId.interactions, "base64").toString("utf8"))).toEqual([
      { type: "displayTextAndPIN", displayText60: "Log in to Smart-ID+ Demo Portal" },
    ]);
    expect(smartId.callbackUsed).toBe(false);
  });

  it("never repeats a token or a secret", () => {
    const a = newSession();
    const b = newSession();
    expect(a.token).not.toBe(b.token);
    expect(a.smartId.sessionSecret).not.toBe(b.smartId.sessionSecret);
    expect(a.smartId.sessionToken).not.toBe(b.smartId.sessionToken);
  });

  it("keeps the login text within Smart-ID's 60 characters", () => {
    expect(loginText("x".repeat(60))).toHaveLength(60);
    const session = createSession(portalRequest(), { now: T0, ttlSeconds: 60, brokeredRpName: "N".repeat(60) });
    expect(session.smartId.interactions).toBeTruthy();
  });
});

describe("readSession", () => {
  it("finds a live session and refuses malformed, unknown and expired tokens", () => {
    const session = newSession({}, T0, 60);
    const store = stored(session);
    expect(readSession(store, session.token, T0 + 1000)).toBe(session);
    expect(readSession(store, session.token.toUpperCase(), T0)).toBeUndefined();
    expect(readSession(store, "../../etc/passwd", T0)).toBeUndefined();
    expect(readSession(store, "0".repeat(64), T0)).toBeUndefined();
    expect(readSession(store, session.token, T0 + 60_000)).toBeUndefined();
    // Gone for good: reading it at an earlier time does not bring it back.
    expect(readSession(store, session.token, T0)).toBeUndefined();
  });

  it("ends a phone request past its deadline with TIMEOUT", () => {
    const session = newSession({ authentication_methods: ["mobile"] });
    session.phoneRequest = {
      method: "mobile",
      identityKey: "PNOEE-60001019906",
      phone: "+37200000766",
      verificationCode: "1234",
      startedAt: T0,
      deadline: T0 + 90_000,
    };
    const store = stored(session);
    expect(readSession(store, session.token, T0 + 89_999)?.state).toEqual({ kind: "waiting" });
    expect(readSession(store, session.token, T0 + 90_000)?.state).toEqual({
      kind: "failed",
      endResult: "TIMEOUT",
      method: "mobile",
    });
    expect(session.phoneRequest).toBeUndefined();
  });
});

describe("completeAs and endWith", () => {
  it("authenticates as an OK identity, defaulting the flow type to the session's flow", () => {
    const qr = newSession();
    expect(completeAs(qr, "PNOEE-40404040009", { method: "smartid", now: T0 + 5000 })).toMatchObject({
      ok: true,
      ended: { kind: "authenticated" },
      method: "smartid",
      flowType: "QR",
    });
    expect(qr.state).toEqual({
      kind: "authenticated",
      result: { identityKey: "PNOEE-40404040009", method: "smartid", flowType: "QR", authenticatedAt: T0 + 5000 },
    });
    const classic = newSession({ smartid_qr_flow: false });
    expect(completeAs(classic, "PNOLV-040404-10003", { method: "smartid", now: T0 })).toMatchObject({
      flowType: "Notification",
    });
  });

  it("keeps the phone for Mobile-ID", () => {
    const session = newSession();
    completeAs(session, "PNOEE-60001019906", { method: "mobile", now: T0 });
    expect(session.state.kind === "authenticated" && session.state.result).toMatchObject({
      method: "mobile",
      flowType: "MobileID",
      phone: "+37200000766",
    });
  });

  it("ends with the identity's own result for SK's refusal and time-out accounts", () => {
    const refused = newSession();
    expect(completeAs(refused, "PNOEE-30403039917", { method: "smartid", now: T0 })).toMatchObject({
      ok: true,
      ended: { kind: "failed", endResult: "USER_REFUSED" },
    });
    expect(refused.state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
    const timedOut = newSession();
    completeAs(timedOut, "PNOEE-30403039983", { method: "smartid", now: T0 });
    expect(timedOut.state).toEqual({ kind: "failed", endResult: "TIMEOUT", method: "smartid" });
  });

  it("ends as not resident when supported_residencies do not admit the person's country, by any method", () => {
    for (const [key, method] of [
      ["PNOEE-40404040009", "smartid"],
      ["PNOEE-60001019906", "mobile"],
      ["PNOEE-40404040009", "smartcard"],
    ] as const) {
      const session = newSession({ supported_residencies: ["lt", "LV"] });
      expect(completeAs(session, key, { method, now: T0 })).toMatchObject({
        ok: true,
        ended: { kind: "not-resident", method, country: "EE" },
      });
      expect(session.state).toEqual({ kind: "not-resident", method, country: "EE" });
    }
    const lithuanian = newSession({ supported_residencies: ["lt", "LV"] });
    completeAs(lithuanian, "PNOLT-40404040009", { method: "smartid", now: T0 });
    expect(lithuanian.state.kind).toBe("authenticated");
    // An empty list admits everyone.
    const open = newSession({ supported_residencies: [] });
    completeAs(open, "PNOBE-04040400287", { method: "smartid", now: T0 });
    expect(open.state.kind).toBe("authenticated");
  });

  it("lets SK's failure accounts end with their own result: the gateway never learns who they are", () => {
    const session = newSession({ supported_residencies: ["lt"] });
    completeAs(session, "PNOEE-30403039917", { method: "smartid", now: T0 });
    expect(session.state).toEqual({ kind: "failed", endResult: "USER_REFUSED", method: "smartid" });
  });

  it("refuses unknown identities, methods not offered or not held, wrong flow types, and ended sessions", () => {
    const session = newSession({ authentication_methods: ["smartid", "mobile"] });
    expect(completeAs(session, "PNOEE-12345678901", { method: "smartid", now: T0 })).toMatchObject({
      ok: false,
      refusal: "unknown-identity",
    });
    expect(completeAs(session, "PNOEE-40404040009", { method: "smartcard", now: T0 })).toMatchObject({
      ok: false,
      refusal: "method-not-offered",
    });
    expect(completeAs(session, "PNOEE-40404040009", { method: "mobile", now: T0 })).toMatchObject({
      ok: false,
      refusal: "method-not-held",
    });
    expect(completeAs(session, "PNOEE-40404040009", { method: "smartid", flowType: "IDCard", now: T0 })).toMatchObject({
      ok: false,
      refusal: "flow-type-mismatch",
    });
    expect(session.state).toEqual({ kind: "waiting" });

    expect(endWith(session, "WRONG_VC")).toBe(true);
    expect(completeAs(session, "PNOEE-40404040009", { method: "smartid", now: T0 })).toMatchObject({
      ok: false,
      refusal: "not-waiting",
      message: "the session is not waiting any more: it ended with WRONG_VC",
    });
    expect(endWith(session, "SERVER_ERROR")).toBe(false);
    expect(session.state).toEqual({ kind: "failed", endResult: "WRONG_VC", method: "smartid" });
  });
});

describe("expiry and the bound on memory", () => {
  it("reads a session past its TTL as closed and removes it", () => {
    const session = newSession({}, T0, 60);
    const store = stored(session);
    expect(statusAnswer(readSession(store, session.token, T0 + 59_999)).body).toMatchObject({ code: 1003 });
    expect(statusAnswer(readSession(store, session.token, T0 + 60_000))).toEqual({
      httpStatus: 400,
      body: { status: "error", message: "Session closed", code: 1005 },
    });
    expect(store.liveCount(T0 + 60_000)).toBe(0);
  });

  it("sweeps expired sessions as new ones arrive", () => {
    const store = new SessionStore(1000);
    const old = newSession({}, T0, 60);
    store.add(old, T0);
    const later = newSession({}, T0 + 61_000, 60);
    store.add(later, T0 + 61_000);
    expect(store.liveCount(T0 + 61_000)).toBe(1);
    expect(readSession(store, old.token, T0 + 61_000)).toBeUndefined();
    expect(readSession(store, later.token, T0 + 61_000)).toBe(later);
  });

  it("holds at most its cap while 100,000 sessions are created, dropping the oldest first", () => {
    const cap = 10_000;
    const store = new SessionStore(cap);
    const request = portalRequest();
    let first: EmulatorSession | undefined;
    let last: EmulatorSession | undefined;
    for (let i = 0; i < 100_000; i++) {
      const now = T0 + i;
      const session = createSession(request, { now, ttlSeconds: 3600, brokeredRpName: "Smart-ID+ Demo Portal" });
      store.add(session, now);
      first ??= session;
      last = session;
      if (i % 10_000 === 0) expect(store.liveCount(now)).toBeLessThanOrEqual(cap);
    }
    const end = T0 + 100_000;
    expect(store.liveCount(end)).toBe(cap);
    expect(first && readSession(store, first.token, end)).toBeUndefined();
    expect(last && readSession(store, last.token, end)).toBe(last);
  }, 60_000);
});
