import { describe, expect, it } from "vitest";
import { errorPathWithDetail, verifiedDetail } from "@/lib/portal/auth/failure-detail";

const SECRET = "unit-test-secret-unit-test-secret-unit-test";

function queryOf(path: string): URLSearchParams {
  return new URL(path, "http://portal.test").searchParams;
}

describe("the gateway's words in the error page's address", () => {
  it("travel with a signature that only this portal's secret makes", () => {
    const path = errorPathWithDetail("gateway-rejected", "qr", "return_url is invalid & <b>odd</b>", SECRET);
    const query = queryOf(path);
    expect(path.startsWith("/sign-in/error?reason=gateway-rejected&flow=qr&detail=")).toBe(true);
    expect(verifiedDetail("gateway-rejected", query.get("detail"), query.get("sig"), SECRET)).toBe(
      "return_url is invalid & <b>odd</b>",
    );
  });

  it("are not shown when changed, moved to another reason, signed with another secret or unsigned", () => {
    const query = queryOf(errorPathWithDetail("gateway-rejected", undefined, "return_url is invalid", SECRET));
    const sig = query.get("sig");
    expect(verifiedDetail("gateway-rejected", "Call +1 555 0100 to unlock your account", sig, SECRET)).toBeUndefined();
    expect(verifiedDetail("gateway-unknown-status", "return_url is invalid", sig, SECRET)).toBeUndefined();
    expect(verifiedDetail("gateway-rejected", "return_url is invalid", sig, `${SECRET}x`)).toBeUndefined();
    expect(verifiedDetail("gateway-rejected", "return_url is invalid", undefined, SECRET)).toBeUndefined();
    expect(verifiedDetail("gateway-rejected", ["a", "b"], sig, SECRET)).toBeUndefined();
  });

  it("leave the plain error path alone when there are none", () => {
    expect(errorPathWithDetail("gateway-misconfigured", "classic", undefined, SECRET)).toBe(
      "/sign-in/error?reason=gateway-misconfigured&flow=classic",
    );
  });
});
