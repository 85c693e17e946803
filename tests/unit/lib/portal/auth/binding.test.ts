import { describe, expect, it } from "vitest";
import {
  type BindingState,
  bindingCookieName,
  bindingCookieOptions,
  bindingFromCookieHeader,
  cookieValues,
  reasonForBindingProblem,
  sealBinding,
  unsealBinding,
} from "@/lib/portal/auth/binding";
import { TOKEN } from "../../../support/gateway-fakes";

const SECRET = "unit-test-secret-unit-test-secret-unit-test";
const NOW = Date.parse("2026-11-26T12:00:00Z");

const state: BindingState = {
  token: TOKEN,
  gatewayUrl: `https://gateway.test/auth/${TOKEN}`,
  flow: "qr",
  nonce: "abcdefghijklmnopqrstuvwx",
  callbackUrl: "/dashboard",
  startedAt: NOW,
  generation: "generation-one",
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

  it("is found in a Cookie header, every copy of it", () => {
    expect(cookieValues("a=1; portal.sign-in=v1.abc.def; b=2", "portal.sign-in")).toEqual(["v1.abc.def"]);
    expect(cookieValues("portal.sign-in=x; portal.sign-in=y", "portal.sign-in")).toEqual(["x", "y"]);
    expect(cookieValues("a=1", "portal.sign-in")).toEqual([]);
    expect(cookieValues(null, "portal.sign-in")).toEqual([]);
  });

  it("takes the __Host- prefix on https", () => {
    expect(bindingCookieName("https://portal.example")).toBe("__Host-portal.sign-in");
    expect(bindingCookieName("http://localhost:3000")).toBe("portal.sign-in");
  });

  it("is read by one reader: one copy exactly, fresh, and of this generation", () => {
    const sealed = sealBinding(state, SECRET);
    const context = {
      name: "portal.sign-in",
      secret: SECRET,
      now: state.startedAt + 1000,
      generation: state.generation,
    };
    expect(bindingFromCookieHeader(`portal.sign-in=${sealed}`, context)).toEqual({ ok: true, state });
    expect(bindingFromCookieHeader(`portal.sign-in=${sealed}; portal.sign-in=${sealed}`, context)).toEqual({
      ok: false,
      problem: "conflict",
    });
    expect(bindingFromCookieHeader(`portal.sign-in=${sealed}`, { ...context, generation: "another-one" })).toEqual({
      ok: false,
      problem: "stale",
    });
    expect(bindingFromCookieHeader("", context)).toEqual({ ok: false, problem: "missing" });
  });

  it("maps every problem to one page, once", () => {
    expect(reasonForBindingProblem("missing", "app2app")).toBe("other-browser");
    expect(reasonForBindingProblem("missing", "browser")).toBe("not-bound");
    expect(reasonForBindingProblem("conflict", "app2app")).toBe("not-bound");
    expect(reasonForBindingProblem("stale", "browser")).toBe("binding-expired");
    expect(reasonForBindingProblem("expired", "app2app")).toBe("binding-expired");
  });
});
