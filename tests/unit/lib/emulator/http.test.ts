import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emulatorRoute } from "@/lib/emulator/http";
import { StoreUnavailableError } from "@/lib/shared/store/state-store";

const context = () => ({ params: Promise.resolve({} as Record<string, never>) });

describe("emulatorRoute", () => {
  it("answers a refused body in the audience's shape: 413 over the cap, 400 naming the field", async () => {
    const route = emulatorRoute({ audience: "page", body: z.object({ link: z.string().max(5) }) }, () => ({
      httpStatus: 200,
      body: { ok: true },
    }));
    const big = new NextRequest("http://127.0.0.1/emulator/x", { method: "POST", body: "x".repeat(20_000) });
    const tooBig = await route(big, context());
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ ok: false });
    const bad = await route(
      new NextRequest("http://127.0.0.1/emulator/x", { method: "POST", body: JSON.stringify({ link: "toolong" }) }),
      context(),
    );
    expect(bad.status).toBe(400);
    const api = emulatorRoute({ audience: "api", body: z.object({ identity: z.string() }) }, () => ({
      httpStatus: 200,
      body: {},
    }));
    const notJson = await api(new NextRequest("http://127.0.0.1/x", { method: "POST", body: "{" }), context());
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ status: "error", message: "the request body must be JSON" });
  });

  it("turns a lost state store into 503 with Retry-After, never a 500", async () => {
    const route = emulatorRoute({ audience: "api" }, () => {
      throw new StoreUnavailableError();
    });
    const response = await route(new NextRequest("http://127.0.0.1/x"), context());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toMatchObject({ status: "error" });
  });

  it("refuses a path segment that cannot be decoded as not found", async () => {
    const route = emulatorRoute<{ token: string }>({ audience: "api" }, () => ({ httpStatus: 200, body: {} }));
    const response = await route(new NextRequest("http://127.0.0.1/x"), {
      params: Promise.reject(new URIError("%zz")),
    });
    expect(response.status).toBe(404);
  });

  it("checks the access token before anything else", async () => {
    let ran = false;
    const route = emulatorRoute({ audience: "api", requiresAccessToken: true }, () => {
      ran = true;
      return { httpStatus: 200, body: {} };
    });
    const response = await route(new NextRequest("http://127.0.0.1/x?access_token=wrong-token-123"), context());
    expect(response.status).toBe(403);
    expect(ran).toBe(false);
  });
});
