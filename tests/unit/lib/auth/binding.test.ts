import { describe, expect, it } from "vitest";
import {
  BINDING_COOKIE_NAME,
  type BindingState,
  bindingCookieOptions,
  cookieFromHeader,
  sealBinding,
  unsealBinding,
} from "@/lib/auth/binding";
import { TOKEN } from "../../support/gateway-fakes";

const SECRET = "unit-test-secret-unit-test-secret-unit-test";
const NOW = Date.parse("2026-11-26T12:00:00Z");

const state: BindingState = {
  token: TOKEN,
  gatewayUrl: `https://gateway.test/auth/${TOKEN}`,
  flow: "qr",
  nonce: "abcdefghijklmnopqrstuvwx",
  callbackUrl: "/dashboard",
  sent: { return_url: "http://localhost:3000/api/gateway/return", smartid_qr_flow: true },
  startedAt: NOW,
};

describe("binding cookie", () => {
  it("unseals what it sealed", () => {
    const sealed = sealBinding(state, SECRET);
    expect(unsealBinding(sealed, SECRET, NOW + 1000)).toEqual({ ok: true, state });
  });

  it("does not show its contents", () => {
    const sealed = sealBinding(state, SECRET);
    expect(sealed).not.toContain(TOKEN);
    expect(Buffer.from(sealed.split(".")[2] ?? "", "base64url").toString("latin1")).not.toContain(TOKEN);
  });

  it("is different every time (fresh IV)", () => {
    expect(sealBinding(state, SECRET)).not.toBe(sealBinding(state, SECRET));
  });

  it("reports a missing cookie", () => {
    expect(unsealBinding(undefined, SECRET, NOW)).toEqual({ ok: false, problem: "missing" });
    expect(unsealBinding("", SECRET, NOW)).toEqual({ ok: false, problem: "missing" });
  });

  it("refuses any changed byte", () => {
    const sealed = sealBinding(state, SECRET);
    const [version, iv, body] = sealed.split(".");
    const bytes = Buffer.from(body ?? "", "base64url");
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    const tampered = `${version}.${iv}.${bytes.toString("base64url")}`;
    expect(unsealBinding(tampered, SECRET, NOW)).toEqual({ ok: false, problem: "tampered" });
  });

  it("refuses a cookie sealed with another secret", () => {
    const sealed = sealBinding(state, "another-secret-another-secret-another-secret");
    expect(unsealBinding(sealed, SECRET, NOW)).toEqual({ ok: false, problem: "tampered" });
  });

  it.each(["garbage", "v1.x.y", "v2.aaaa.bbbb", "v1..", `${"v1.a.b.c"}`])("refuses %s", (value) => {
    expect(unsealBinding(value, SECRET, NOW)).toEqual({ ok: false, problem: "tampered" });
  });

  it("expires after its maximum age", () => {
    const sealed = sealBinding(state, SECRET);
    expect(unsealBinding(sealed, SECRET, NOW + 10 * 60 * 1000).ok).toBe(true);
    expect(unsealBinding(sealed, SECRET, NOW + 10 * 60 * 1000 + 1)).toEqual({ ok: false, problem: "expired" });
    expect(unsealBinding(sealed, SECRET, NOW + 61_000, 60)).toEqual({ ok: false, problem: "expired" });
  });

  it("refuses a start time in the future", () => {
    const sealed = sealBinding({ ...state, startedAt: NOW + 60_000 }, SECRET);
    expect(unsealBinding(sealed, SECRET, NOW)).toEqual({ ok: false, problem: "expired" });
  });

  it("is HttpOnly, SameSite=Lax, path /, short-lived, Secure only on https", () => {
    expect(bindingCookieOptions("http://localhost:3000")).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: 600,
    });
    expect(bindingCookieOptions("https://portal.example").secure).toBe(true);
  });

  it("is found in a Cookie header", () => {
    const header = `a=1; ${BINDING_COOKIE_NAME}=v1.abc.def; b=2`;
    expect(cookieFromHeader(header, BINDING_COOKIE_NAME)).toBe("v1.abc.def");
    expect(cookieFromHeader("a=1", BINDING_COOKIE_NAME)).toBeUndefined();
    expect(cookieFromHeader(null, BINDING_COOKIE_NAME)).toBeUndefined();
  });
});
