import { describe, expect, it } from "vitest";
import { completeAs, createSession, GATEWAY_RELYING_PARTY_NAME, loginText } from "@/lib/emulator/engine/sessions";
import { fail } from "@/lib/emulator/engine/transitions";
import { isBase64, isBase64Url } from "@/lib/shared/smartid";
import { newSession, portalRequest, T0 } from "../fixtures";

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

describe("completeAs and fail", () => {
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

    expect(fail(session, "WRONG_VC", "smartid")).toBe(true);
    expect(completeAs(session, "PNOEE-40404040009", { method: "smartid", now: T0 })).toMatchObject({
      ok: false,
      refusal: "not-waiting",
      message: "the session is not waiting any more: it ended with WRONG_VC",
    });
    expect(fail(session, "SERVER_ERROR", "smartid")).toBe(false);
    expect(session.state).toEqual({ kind: "failed", endResult: "WRONG_VC", method: "smartid" });
  });
});
