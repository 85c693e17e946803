import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type AuthorizeDeps, authorizeReturnedToken } from "@/lib/portal/auth/authorize";
import { type BindingState, sealBinding, unsealBinding } from "@/lib/portal/auth/binding";
import { pemFromDer } from "@/lib/portal/auth/identity";
import DokobitIdentityGateway, { GatewaySignInError, type GatewayUser } from "@/lib/portal/auth/provider";
import { SpentTokenRegistry } from "@/lib/portal/auth/spent-tokens";
import { GatewayError } from "@/lib/portal/gateway/errors";
import type { AuthenticatedAnswer, StatusAnswer } from "@/lib/portal/gateway/schemas";
import {
  ACCESS_TOKEN,
  authenticatedAnswer,
  OTHER_TOKEN,
  TEST_CERTIFICATE_PEM,
  TOKEN,
} from "../../../support/gateway-fakes";

const SECRET = "unit-test-secret-unit-test-secret-unit-test";
const STARTED = Date.parse("2026-11-26T12:00:00Z");

const binding: BindingState = {
  token: TOKEN,
  gatewayUrl: `https://gateway.test/auth/${TOKEN}`,
  flow: "same-device",
  nonce: "abcdefghijklmnopqrstuvwx",
  callbackUrl: "/dashboard?from=test",
  startedAt: STARTED,
  sentAt: STARTED + 2000,
  generation: "generation-one",
};
const COOKIE = "portal.sign-in";

const okAnswer = authenticatedAnswer() as AuthenticatedAnswer;

function deps(options: {
  answers?: Array<StatusAnswer | GatewayError>;
  cookie?: string | undefined;
  now?: number;
  registry?: SpentTokenRegistry;
}) {
  const answers = options.answers ?? [okAnswer];
  const calls: string[] = [];
  let clock = options.now ?? STARTED + 30_000;
  const cookie = "cookie" in options ? options.cookie : sealBinding(binding, SECRET);
  const result: AuthorizeDeps & { calls: string[] } = {
    calls,
    async getStatus(token) {
      calls.push(token);
      const next = answers[Math.min(calls.length - 1, answers.length - 1)];
      if (next instanceof GatewayError) throw next;
      if (!next) throw new Error("no answer scripted");
      return next;
    },
    readBinding: (at, maxAge) => unsealBinding(cookie, SECRET, at, maxAge),
    spentTokens: options.registry ?? new SpentTokenRegistry(),
    now: () => {
      clock += 100;
      return clock;
    },
  };
  return result;
}

describe("authorize: which returned tokens sign in", () => {
  it("signs in with a bound, fresh token and an ok answer", async () => {
    const d = deps({});
    const outcome = await authorizeReturnedToken(TOKEN, d);
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    expect(outcome.callbackUrl).toBe("/dashboard?from=test");
    const { identity, details } = outcome;
    expect(identity).toMatchObject({
      subject: "PNOEE-40404040009",
      givenName: "OK",
      surname: "TESTNUMBER",
      personalCode: "40404040009",
      country: "EE",
      method: "smartid",
      flow: "same-device",
      signInId: binding.nonce,
      authenticatedAt: "2026-11-26T15:09:06+02:00",
    });
    expect(details.timeline.startedAt).toBe(STARTED);
    expect(details.timeline.sentAt).toBe(STARTED + 2000);
    expect(details.timeline.returnedAt).toBeGreaterThan(STARTED);
    expect(details.timeline.signedInAt).toBeGreaterThan(details.timeline.returnedAt);
    // The certificate survives the trip: DER on the server, the same certificate as the gateway's PEM.
    if (!details.certificateDer) throw new Error("certificate missing");
    const original = new X509Certificate(TEST_CERTIFICATE_PEM);
    expect(new X509Certificate(pemFromDer(details.certificateDer)).fingerprint256).toBe(original.fingerprint256);
    // The answer kept for the dashboard has the certificate shortened.
    const kept = details.gatewayAnswer.certificate as { value: string };
    expect(kept.value.length).toBeLessThan(80);
    expect(d.calls).toEqual([TOKEN]);
  });

  it("records the return, the status read and the session for the protocol view, with no secret in them", async () => {
    const withRecords: BindingState = {
      ...binding,
      protocol: [{ step: "create", startedAt: STARTED, endedAt: STARTED + 40, httpStatus: 200 }],
    };
    const d = deps({ cookie: sealBinding(withRecords, SECRET) });
    d.getStatus = async (_token, observe) => {
      observe?.({ httpStatus: 200, startedAt: STARTED + 30_150, endedAt: STARTED + 30_190, attempt: 1 });
      return okAnswer;
    };
    d.secrets = [ACCESS_TOKEN];
    const outcome = await authorizeReturnedToken(TOKEN, d);
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    const records = outcome.details.protocol ?? [];
    expect(records.map((record) => record.step)).toEqual(["create", "return", "status", "session"]);
    expect(records[2]).toMatchObject({ httpStatus: 200, startedAt: STARTED + 30_150, endedAt: STARTED + 30_190 });
    expect(records[2]?.answer).toMatchObject({
      status: "ok",
      name: "OK",
      session_token: `${TOKEN.slice(0, 4)}…(elided)`,
    });
    expect(records[3]?.answer).toMatchObject({ location: "/dashboard?from=test" });
    const text = JSON.stringify(outcome.details);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain(binding.nonce);
  });

  it("hands back the record so far while the gateway is still waiting", async () => {
    const d = deps({ answers: [{ status: "waiting", message: "Waiting", code: 1003 }] });
    const outcome = await authorizeReturnedToken(TOKEN, d);
    if (outcome.ok) throw new Error("signed in while waiting");
    expect(outcome.protocol?.map((record) => record.step)).toEqual(["return", "status"]);
    expect(outcome.protocol?.[1]?.answer).toEqual({ status: "waiting", message: "Waiting", code: 1003 });
  });

  it("refuses a missing or malformed token without asking the gateway", async () => {
    for (const token of [undefined, "", "abc", TOKEN.toUpperCase(), `${TOKEN}0`]) {
      const d = deps({});
      expect(await authorizeReturnedToken(token, d)).toMatchObject({ ok: false, reason: "bad-request", final: true });
      expect(d.calls).toEqual([]);
    }
  });

  it("refuses a browser without the binding cookie (login CSRF)", async () => {
    const d = deps({ cookie: undefined });
    expect(await authorizeReturnedToken(TOKEN, d)).toMatchObject({ ok: false, reason: "not-bound", final: true });
    expect(d.calls).toEqual([]);
  });

  it("refuses a token this browser did not start", async () => {
    const d = deps({});
    expect(await authorizeReturnedToken(OTHER_TOKEN, d)).toMatchObject({ ok: false, reason: "not-bound" });
    expect(d.calls).toEqual([]);
  });

  it("refuses a tampered binding cookie", async () => {
    const sealed = sealBinding(binding, SECRET);
    const d = deps({ cookie: `${sealed.slice(0, -2)}AA` });
    expect(await authorizeReturnedToken(TOKEN, d)).toMatchObject({ ok: false, reason: "not-bound" });
  });

  it("refuses a stale binding cookie", async () => {
    const d = deps({ now: STARTED + 11 * 60 * 1000 });
    expect(await authorizeReturnedToken(TOKEN, d)).toMatchObject({ ok: false, reason: "binding-expired" });
    expect(d.calls).toEqual([]);
  });

  it("spends the token: the second sign-in with it fails", async () => {
    const registry = new SpentTokenRegistry();
    expect((await authorizeReturnedToken(TOKEN, deps({ registry }))).ok).toBe(true);
    const again = deps({ registry });
    expect(await authorizeReturnedToken(TOKEN, again)).toMatchObject({ ok: false, reason: "token-spent" });
    expect(again.calls).toEqual([]);
  });

  it("keeps the attempt open while the gateway is still waiting", async () => {
    const registry = new SpentTokenRegistry();
    const waiting = deps({ registry, answers: [{ status: "waiting", message: "Waiting", code: 1003 }] });
    expect(await authorizeReturnedToken(TOKEN, waiting)).toMatchObject({ ok: false, reason: "waiting", final: false });
    expect((await authorizeReturnedToken(TOKEN, deps({ registry }))).ok).toBe(true);
  });

  it("refuses an answer about another session", async () => {
    const d = deps({ answers: [{ ...okAnswer, session_token: OTHER_TOKEN }] });
    expect(await authorizeReturnedToken(TOKEN, d)).toMatchObject({ ok: false, reason: "token-mismatch" });
  });

  it.each([
    ["unreachable", "gateway-unreachable"],
    ["timeout", "gateway-timeout"],
    ["rate-limited", "gateway-busy"],
    ["server-error", "gateway-error"],
    ["malformed", "gateway-malformed"],
    ["unknown-status", "gateway-unknown-status"],
    ["unauthorized", "gateway-misconfigured"],
    ["rejected", "gateway-rejected"],
    ["session-closed", "session-expired"],
    ["cancelled", "cancelled"],
    ["failed", "authentication-failed"],
  ] as const)("turns a gateway %s into %s, and the token can be tried again", async (kind, reason) => {
    const registry = new SpentTokenRegistry();
    const failing = deps({ registry, answers: [new GatewayError(kind, "test")] });
    expect(await authorizeReturnedToken(TOKEN, failing)).toMatchObject({ ok: false, reason, final: true });
    expect(await registry.isSpent(TOKEN)).toBe(false);
  });

  it("passes the gateway's own words on for the page, when they help", async () => {
    const unknown = deps({ answers: [new GatewayError("unknown-status", "log", { gatewayStatus: "pending" })] });
    expect(await authorizeReturnedToken(TOKEN, unknown)).toMatchObject({
      reason: "gateway-unknown-status",
      quote: "pending",
    });
    const closed = deps({ answers: [new GatewayError("session-closed", "log", { gatewayMessage: "Session closed" })] });
    expect(await authorizeReturnedToken(TOKEN, closed)).not.toHaveProperty("quote");
  });
});

describe("the DokobitIdentityGateway provider", () => {
  function provider(answers: Array<StatusAnswer | GatewayError>, registry = new SpentTokenRegistry()) {
    const kept = new Map<string, unknown>();
    const config = DokobitIdentityGateway({
      keepDetails: async (signInId, details) => {
        kept.set(signInId, details);
      },
      baseUrl: "https://gateway.test",
      accessToken: "not-used-in-this-test",
      bindingSecret: SECRET,
      bindingCookieName: COOKIE,
      generation: async () => "generation-one",
      spentTokens: registry,
      client: {
        createAuthentication: () => Promise.reject(new Error("not used")),
        getStatus: async () => {
          const answer = answers[0] ?? okAnswer;
          if (answer instanceof GatewayError) throw answer;
          return answer;
        },
      },
      now: () => STARTED + 5000,
    });
    const options = (
      config as unknown as {
        options: {
          id: string;
          authorize: (credentials: Record<string, unknown>, request: Request) => Promise<GatewayUser>;
        };
      }
    ).options;
    return { config, options, kept };
  }

  function requestWith(...cookies: string[]) {
    return new Request("http://localhost:3000/api/auth/callback/dokobit-identity-gateway", {
      method: "POST",
      headers: cookies.length > 0 ? { cookie: cookies.map((value) => `${COOKIE}=${value}`).join("; ") } : {},
    });
  }

  it("is a credentials provider with the id dokobit-identity-gateway", () => {
    const { config, options } = provider([]);
    expect(config.type).toBe("credentials");
    expect(options.id).toBe("dokobit-identity-gateway");
  });

  it("returns the user, and keeps the details of the sign-in on the server rather than in the session", async () => {
    const p = provider([okAnswer]);
    const user = await p.options.authorize({ sessionToken: TOKEN }, requestWith(sealBinding(binding, SECRET)));
    expect(user).toMatchObject({ id: "PNOEE-40404040009", name: "OK TESTNUMBER" });
    expect(user.portal.flow).toBe("same-device");
    expect(user.portal).not.toHaveProperty("certificateDer");
    expect(JSON.stringify(user.portal).length).toBeLessThan(400);
    expect(p.kept.get(binding.nonce)).toMatchObject({ timeline: { startedAt: STARTED } });
  });

  it("throws a final sign-in error naming the reason", async () => {
    const p = provider([okAnswer]);
    const attempt = p.options.authorize({ sessionToken: TOKEN }, requestWith());
    await expect(attempt).rejects.toBeInstanceOf(GatewaySignInError);
    await expect(attempt).rejects.toMatchObject({ code: "not-bound", final: true });
  });

  it("carries the words the error page may quote", async () => {
    const p = provider([new GatewayError("unknown-status", "log", { gatewayStatus: "processing" })]);
    const attempt = p.options.authorize({ sessionToken: TOKEN }, requestWith(sealBinding(binding, SECRET)));
    await expect(attempt).rejects.toMatchObject({ code: "gateway-unknown-status", quote: "processing" });
  });

  it("says a waiting answer is not final, so the binding may stay", async () => {
    const p = provider([{ status: "waiting" }]);
    const attempt = p.options.authorize({ sessionToken: TOKEN }, requestWith(sealBinding(binding, SECRET)));
    await expect(attempt).rejects.toMatchObject({ code: "waiting", final: false });
  });

  it("refuses two copies of the binding cookie, even when one of them is right", async () => {
    const p = provider([okAnswer]);
    const other = sealBinding({ ...binding, token: OTHER_TOKEN }, SECRET);
    for (const cookies of [
      [sealBinding(binding, SECRET), other],
      [other, sealBinding(binding, SECRET)],
    ]) {
      await expect(p.options.authorize({ sessionToken: TOKEN }, requestWith(...cookies))).rejects.toMatchObject({
        code: "not-bound",
      });
    }
  });

  it("refuses a binding made before the portal's store was lost (another generation)", async () => {
    const p = provider([okAnswer]);
    const before = sealBinding({ ...binding, generation: "generation-zero" }, SECRET);
    await expect(p.options.authorize({ sessionToken: TOKEN }, requestWith(before))).rejects.toMatchObject({
      code: "binding-expired",
    });
  });
});
