import { describe, expect, it } from "vitest";
import { createGatewayClient, parseRetryAfter } from "@/lib/gateway/client";
import { GatewayError, redact } from "@/lib/gateway/errors";
import {
  ACCESS_TOKEN,
  authenticatedAnswer,
  connectionRefused,
  type Scripted,
  scriptedFetch,
  TOKEN,
} from "../../support/gateway-fakes";

const BASE = "https://gateway.test/";

function clientWith(script: Scripted[], timeoutMs = 1000) {
  const fake = scriptedFetch(script);
  const sleeps: number[] = [];
  const client = createGatewayClient({
    baseUrl: BASE,
    accessToken: ACCESS_TOKEN,
    timeoutMs,
    fetch: fake.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => Date.parse("2026-11-26T12:00:00Z"),
  });
  return { client, requests: fake.requests, sleeps };
}

async function failureOf(promise: Promise<unknown>): Promise<GatewayError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error("expected a GatewayError");
}

const created = {
  status: "ok",
  session_token: TOKEN,
  url: `https://gateway.test/auth/${TOKEN}`,
  expires_in: 3600,
};

describe("gateway client: create", () => {
  it("posts the parameters as JSON with the access token only in the query", async () => {
    const { client, requests } = clientWith([{ status: 200, json: created }]);
    const answer = await client.createAuthentication({
      returnUrl: "http://localhost:3000/api/gateway/return",
      smartidQrFlow: true,
      app2appUrl: "http://localhost:3000/api/gateway/app2app",
      authenticationMethods: ["smartid", "mobile"],
      countryCode: "ee",
      code: "40404040009",
    });
    expect(answer.session_token).toBe(TOKEN);
    expect(requests).toHaveLength(1);
    const request = requests[0];
    expect(request?.method).toBe("POST");
    const url = new URL(request?.url ?? "");
    expect(url.origin + url.pathname).toBe("https://gateway.test/api/authentication/create");
    expect(url.searchParams.get("access_token")).toBe(ACCESS_TOKEN);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      return_url: "http://localhost:3000/api/gateway/return",
      smartid_qr_flow: true,
      app2app_url: "http://localhost:3000/api/gateway/app2app",
      authentication_methods: ["smartid", "mobile"],
      country_code: "ee",
      code: "40404040009",
    });
    expect(request?.body).not.toContain(ACCESS_TOKEN);
  });

  it("sends smartid_qr_flow=false for the classic flow and leaves unset prefill out", async () => {
    const { client, requests } = clientWith([{ status: 200, json: created }]);
    await client.createAuthentication({ returnUrl: "https://rp.test/return", smartidQrFlow: false });
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({
      return_url: "https://rp.test/return",
      smartid_qr_flow: false,
    });
  });

  it("refuses invalid parameters before calling the gateway", async () => {
    const { client, requests } = clientWith([{ status: 200, json: created }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "not a url", smartidQrFlow: true }));
    expect(error.kind).toBe("rejected");
    expect(requests).toHaveLength(0);
  });

  it("reports a 400 with the gateway's message", async () => {
    const { client } = clientWith([{ status: 400, json: { status: "error", message: "return_url is invalid" } }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }));
    expect(error.kind).toBe("rejected");
    expect(error.gatewayMessage).toBe("return_url is invalid");
    expect(error.httpStatus).toBe(400);
  });

  it("reports a refused access token as unauthorized", async () => {
    const { client } = clientWith([{ status: 401, json: { status: "error", message: "Invalid access token" } }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }));
    expect(error.kind).toBe("unauthorized");
  });

  it("retries a 429, honouring Retry-After", async () => {
    const { client, requests, sleeps } = clientWith([
      { status: 429, json: { status: "error", message: "Too many requests" }, headers: { "retry-after": "1" } },
      { status: 200, json: created },
    ]);
    const answer = await client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true });
    expect(answer.session_token).toBe(TOKEN);
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it("does not retry a 500 on create (the session may exist)", async () => {
    const { client, requests } = clientWith([{ status: 500, json: { status: "error", error_code: 500 } }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }));
    expect(error.kind).toBe("server-error");
    expect(requests).toHaveLength(1);
  });

  it("calls an answer with a bad session token malformed", async () => {
    const { client } = clientWith([{ status: 200, json: { ...created, session_token: "XYZ" } }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }));
    expect(error.kind).toBe("malformed");
  });
});

describe("gateway client: status", () => {
  it("returns waiting", async () => {
    const { client, requests } = clientWith([
      { status: 200, json: { status: "waiting", message: "Waiting for client authentication", code: 1003 } },
    ]);
    const answer = await client.getStatus(TOKEN);
    expect(answer.status).toBe("waiting");
    const url = new URL(requests[0]?.url ?? "");
    expect(url.pathname).toBe(`/api/authentication/${TOKEN}/status`);
    expect(url.searchParams.get("access_token")).toBe(ACCESS_TOKEN);
  });

  it("returns an authenticated answer, validated", async () => {
    const { client } = clientWith([{ status: 200, json: authenticatedAnswer() }]);
    const answer = await client.getStatus(TOKEN);
    expect(answer.status).toBe("ok");
    if (answer.status !== "ok") throw new Error("unreachable");
    expect(answer.code).toBe("40404040009");
    expect(answer.certificate.value.startsWith("LS0tLS1CRUdJTi")).toBe(true);
  });

  it.each([
    [400, { status: "error", message: "Session closed", code: 1005 }, "session-closed"],
    [400, { status: "error", message: "Authentication cancelled", code: 1006 }, "cancelled"],
    [200, { status: "error", message: "Session closed", code: 1005 }, "session-closed"],
    [404, { status: "error", message: "User refused" }, "cancelled"],
    [400, { status: "error", message: "Something else" }, "rejected"],
    [400, { status: "error", message: "Authentication timed out: not answered in time", code: 1007 }, "failed"],
    [400, { status: "error", message: "Authentication failed: wrong verification code", code: 1009 }, "failed"],
  ] as const)("maps HTTP %i %j to %s", async (status, json, kind) => {
    const { client } = clientWith([{ status, json }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe(kind);
    expect(error.gatewayMessage).toBe(json.message);
  });

  it("retries 5xx with exponential back-off, then gives up as server-error", async () => {
    const { client, requests, sleeps } = clientWith([
      { status: 500, json: { status: "error", message: "We have encountered some problems.", error_code: 500 } },
    ]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("server-error");
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it("recovers when a retry succeeds", async () => {
    const { client, requests } = clientWith([
      { status: 503, text: "<html>Service Unavailable</html>" },
      { status: 200, json: authenticatedAnswer() },
    ]);
    expect((await client.getStatus(TOKEN)).status).toBe("ok");
    expect(requests).toHaveLength(2);
  });

  it("gives up at once when Retry-After asks for longer than the longest wait", async () => {
    const { client, requests, sleeps } = clientWith([{ status: 429, headers: { "retry-after": "120" } }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterSeconds).toBe(120);
    expect(requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("stays rate-limited after the bounded retries", async () => {
    const { client, requests } = clientWith([{ status: 429, json: { status: "error", message: "Slow down" } }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("rate-limited");
    expect(requests).toHaveLength(3);
  });

  it.each([
    ["not JSON", { status: 200, text: "{not json" }],
    ["an unknown status", { status: 200, json: { status: "maybe" } }],
    ["ok without a certificate", { status: 200, json: { ...authenticatedAnswer(), certificate: undefined } }],
    ["ok with a bad date", { status: 200, json: authenticatedAnswer({ date_authenticated: "yesterday" }) }],
  ] as const)("calls %s malformed", async (_name, step) => {
    const { client, requests } = clientWith([step]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("malformed");
    expect(requests).toHaveLength(1);
  });

  it("times out a gateway that does not answer", async () => {
    const { client } = clientWith([{ hang: true }], 50);
    const started = Date.now();
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports a refused connection as unreachable, with the token redacted", async () => {
    const { client, requests } = clientWith([{ error: connectionRefused() }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("unreachable");
    expect(requests).toHaveLength(3);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).not.toContain(ACCESS_TOKEN);
  });

  it("refuses a malformed token without calling the gateway", async () => {
    const { client, requests } = clientWith([{ status: 200, json: authenticatedAnswer() }]);
    const error = await failureOf(client.getStatus("../../admin"));
    expect(error.kind).toBe("rejected");
    expect(requests).toHaveLength(0);
  });

  it("never puts the access token into an error message", async () => {
    const script: Scripted[] = [
      { status: 400, json: { status: "error", message: `bad access_token=${ACCESS_TOKEN}` } },
    ];
    const { client } = clientWith(script);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(`${error.message} ${error.gatewayMessage}`).not.toContain(ACCESS_TOKEN);
  });
});

describe("redact and Retry-After", () => {
  it("removes the token and any access_token value", () => {
    expect(redact(`GET https://g/x?access_token=${ACCESS_TOKEN}&a=1 and ${ACCESS_TOKEN}`, ACCESS_TOKEN)).toBe(
      "GET https://g/x?access_token=[redacted]&a=1 and [redacted]",
    );
    expect(redact("see ?access_token=other-token", ACCESS_TOKEN)).toBe("see ?access_token=[redacted]");
  });

  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-11-26T12:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3);
    expect(parseRetryAfter("Thu, 26 Nov 2026 12:00:05 GMT", now)).toBe(5);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
