import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "@/lib/shared/http/security-headers";

const headersFor = (pathname: string, https = false) =>
  securityHeaders({ nonce: "bm9uY2U=", pathname, https, development: false });

describe("security headers", () => {
  it("allow only scripts carrying this request's nonce, and no framing", () => {
    const csp = headersFor("/sign-in")["content-security-policy"];
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headersFor("/sign-in")["x-frame-options"]).toBe("DENY");
    expect(headersFor("/sign-in")["x-content-type-options"]).toBe("nosniff");
  });

  it("send no Referer from pages whose address holds a token", () => {
    for (const path of [
      "/emulator/auth/0123",
      "/emulator/device-link",
      "/emulator/phone",
      "/api/gateway/return",
      "/sign-in/finishing",
    ]) {
      expect(headersFor(path)["referrer-policy"], path).toBe("no-referrer");
    }
    expect(headersFor("/dashboard")["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headersFor("/emulator")["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("ask for https from then on only over https", () => {
    expect(headersFor("/", true)["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(headersFor("/", false)).not.toHaveProperty("strict-transport-security");
  });

  it("make a new nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});
