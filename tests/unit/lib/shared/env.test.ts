import { describe, expect, it } from "vitest";
import { DEVELOPMENT_ACCESS_TOKEN, EnvError, parseEnv } from "@/lib/shared/env";

function failureOf(source: Record<string, string>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration", () => {
  it("runs against the embedded emulator with nothing set", () => {
    const env = parseEnv({});
    expect(env.gatewayUrl).toBe("http://127.0.0.1:3000/emulator");
    expect(env.gatewayKind).toBe("emulator");
    expect(env.gatewayAccessToken).toBe(DEVELOPMENT_ACCESS_TOKEN);
    expect(env.emulator.enabled).toBe(true);
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.emulator.sessionTtlSeconds).toBe(3600);
  });

  it("follows PORT for both the portal and the emulator", () => {
    const env = parseEnv({ PORT: "4321" });
    expect(env.gatewayUrl).toBe("http://127.0.0.1:4321/emulator");
    expect(env.appUrl).toBe("http://localhost:4321");
  });

  it("turns the emulator off and requires a token for a real gateway", () => {
    const failure = failureOf({ GATEWAY_URL: "https://id-sandbox.dokobit.com" });
    expect(failure.variable).toBe("GATEWAY_ACCESS_TOKEN");
    const env = parseEnv({ GATEWAY_URL: "https://id-sandbox.dokobit.com/", GATEWAY_ACCESS_TOKEN: "sandbox-token-123" });
    expect(env.gatewayUrl).toBe("https://id-sandbox.dokobit.com");
    expect(env.gatewayKind).toBe("sandbox");
    expect(env.emulator.enabled).toBe(false);
  });

  it("names the variable when a value is wrong, in one line", () => {
    for (const [variable, value] of [
      ["GATEWAY_URL", "ftp://example.com"],
      ["EMULATOR", "maybe"],
      ["PORT", "eighty"],
      ["EMULATOR_SESSION_TTL_SECONDS", "0"],
      ["AUTH_SECRET", "short"],
    ] as const) {
      const failure = failureOf({ [variable]: value });
      expect(failure.variable).toBe(variable);
      expect(failure.message).toMatch(new RegExp(`^Configuration error: ${variable} `));
      expect(failure.message).not.toContain("\n");
    }
  });

  it("requires AUTH_SECRET when serving in production, but not while building", () => {
    expect(failureOf({ NODE_ENV: "production" }).variable).toBe("AUTH_SECRET");
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("refuses EMULATOR=off with no gateway to talk to", () => {
    expect(failureOf({ EMULATOR: "off" }).variable).toBe("GATEWAY_URL");
  });

  it("gives the emulator its own token(s) and public URL, shared with the portal only when it is the gateway", () => {
    const env = parseEnv({ EMULATOR_ACCESS_TOKEN: "first-token-123, second-token-456" });
    expect(env.emulator.accessTokens).toEqual(["first-token-123", "second-token-456"]);
    expect(env.gatewayAccessToken).toBe("first-token-123");
    expect(env.emulator.publicUrl).toBe("http://127.0.0.1:3000/emulator");
    const lan = parseEnv({ EMULATOR_PUBLIC_URL: "http://192.168.1.20:3000" });
    expect(lan.emulator.publicUrl).toBe("http://192.168.1.20:3000/emulator");
    expect(lan.gatewayUrl).toBe("http://192.168.1.20:3000/emulator");
    expect(failureOf({ GATEWAY_ACCESS_TOKEN: "not-the-emulators-token" }).variable).toBe("GATEWAY_ACCESS_TOKEN");
  });

  it("never hands the emulator the real gateway's secret", () => {
    const env = parseEnv({
      GATEWAY_URL: "https://id-sandbox.dokobit.com",
      GATEWAY_ACCESS_TOKEN: "sandbox-secret-token",
      EMULATOR: "on",
    });
    expect(env.gatewayAccessToken).toBe("sandbox-secret-token");
    expect(env.emulator.accessTokens).toEqual([DEVELOPMENT_ACCESS_TOKEN]);
    expect(env.emulator.accessTokens).not.toContain("sandbox-secret-token");
  });

  it("refuses to serve the embedded emulator in production with the public development token", () => {
    const failure = failureOf({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(failure.variable).toBe("EMULATOR_ACCESS_TOKEN");
    expect(failure.message).not.toContain("\n");
    expect(() =>
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), EMULATOR_ACCESS_TOKEN: "a-real-secret-token" }),
    ).not.toThrow();
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        AUTH_SECRET: "x".repeat(40),
        GATEWAY_URL: "https://id.dokobit.com",
        GATEWAY_ACCESS_TOKEN: "production-token",
      }),
    ).not.toThrow();
  });

  it("reads the store, proxy and prefix settings", () => {
    const env = parseEnv({ REDIS_URL: "redis://127.0.0.1:6390/2", REDIS_PREFIX: "demo-a:", TRUST_PROXY: "1" });
    expect(env.store).toEqual({ redisUrl: "redis://127.0.0.1:6390/2", redisPrefix: "demo-a:" });
    expect(env.trustProxy).toBe(true);
    expect(parseEnv({}).store.redisUrl).toBeUndefined();
    expect(failureOf({ REDIS_URL: "http://127.0.0.1:6379" }).variable).toBe("REDIS_URL");
    expect(failureOf({ TRUST_PROXY: "yes please" }).variable).toBe("TRUST_PROXY");
  });
});
