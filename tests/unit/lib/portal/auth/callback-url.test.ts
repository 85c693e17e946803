import { describe, expect, it } from "vitest";
import { sanitizeCallbackUrl } from "@/lib/portal/auth/callback-url";

const APP = "http://localhost:3000";

describe("callback URL", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/dashboard?tab=certificate#top", "/dashboard?tab=certificate#top"],
    ["/", "/"],
    ["http://localhost:3000/dashboard?x=1", "/dashboard?x=1"],
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(sanitizeCallbackUrl(input, APP)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://localhost:3001/dashboard",
    "https://localhost:3000/dashboard",
    "dashboard",
    "/\t/evil.example",
    "/sign-in?flow=qr",
    "/api/gateway/return",
    "",
    "/".repeat(600),
  ])("sends %s to the dashboard instead", (input) => {
    expect(sanitizeCallbackUrl(input, APP)).toBe("/dashboard");
  });

  it("ignores what is not a string", () => {
    expect(sanitizeCallbackUrl(undefined, APP)).toBe("/dashboard");
    expect(sanitizeCallbackUrl(["/x"], APP)).toBe("/dashboard");
  });
});
