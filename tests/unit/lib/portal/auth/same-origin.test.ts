import { describe, expect, it } from "vitest";
import { isFromPortal } from "@/lib/portal/auth/same-origin";

const APP = "http://localhost:3000";
const from = (headers: Record<string, string>) => isFromPortal(new Headers(headers), APP);

describe("a sign-in starts only from the portal's own page", () => {
  it("accepts the portal's own form, as browsers describe it", () => {
    expect(from({ "sec-fetch-site": "same-origin", origin: APP })).toBe(true);
    expect(from({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(from({ origin: APP })).toBe(true);
    expect(from({ referer: `${APP}/sign-in?flow=qr` })).toBe(true);
  });

  it("refuses another site however it presents itself", () => {
    expect(from({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(false);
    expect(from({ "sec-fetch-site": "same-site", origin: "http://sub.localhost:3000" })).toBe(false);
    expect(from({ origin: "https://evil.example" })).toBe(false);
    expect(from({ "sec-fetch-site": "same-origin", origin: "https://evil.example" })).toBe(false);
    expect(from({ origin: "null" })).toBe(false);
    expect(from({ referer: "https://evil.example/page" })).toBe(false);
    expect(from({ referer: "not a url" })).toBe(false);
    expect(from({ "sec-fetch-site": "none" })).toBe(false);
  });

  it("refuses a post that says nothing of where it comes from", () => {
    expect(from({})).toBe(false);
  });
});
