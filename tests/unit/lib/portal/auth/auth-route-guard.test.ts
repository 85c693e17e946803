import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { guardedAuthRoute } from "@/lib/portal/auth/auth-route-guard";

/** What next-auth would have been handed. */
async function seen(url: string, init: { method?: string; body?: string; cookie?: string } = {}) {
  let handed: NextRequest | undefined;
  const route = guardedAuthRoute(async (request) => {
    handed = request;
    return new Response("ok");
  });
  const response = await route(
    new NextRequest(url, {
      method: init.method ?? "GET",
      body: init.body,
      headers: init.cookie ? { cookie: init.cookie } : {},
    }),
  );
  return { response, handed };
}

describe("next-auth's routes see only what they can take", () => {
  it("turn any callbackUrl into a path on this portal", async () => {
    for (const value of ["javascript:alert(1)", "https://evil.example/x", "%%%", "//evil.example"]) {
      const { handed } = await seen(`http://localhost:3000/api/auth/session?callbackUrl=${encodeURIComponent(value)}`);
      expect(handed?.nextUrl.searchParams.get("callbackUrl")).toBe("http://localhost:3000/dashboard");
    }
    const { handed } = await seen("http://localhost:3000/api/auth/signin?callbackUrl=%2Fdashboard%3Fx%3D1");
    expect(handed?.nextUrl.searchParams.get("callbackUrl")).toBe("http://localhost:3000/dashboard?x=1");
  });

  it("leave out a callback cookie that is not a URL, and keep the rest", async () => {
    const { handed } = await seen("http://localhost:3000/api/auth/session", {
      cookie: "authjs.callback-url=notaurl; other=1; __Secure-authjs.callback-url=javascript%3Aalert(1)",
    });
    expect(handed?.headers.get("cookie")?.trim()).toBe("other=1");
    const kept = await seen("http://localhost:3000/api/auth/session", {
      cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fdashboard",
    });
    expect(kept.handed?.headers.get("cookie")).toContain("authjs.callback-url=");
  });

  it("refuse a body over the cap without handing it on", async () => {
    const { response, handed } = await seen("http://localhost:3000/api/auth/signout", {
      method: "POST",
      body: "x".repeat(20_000),
    });
    expect(response.status).toBe(413);
    expect(handed).toBeUndefined();
  });
});
