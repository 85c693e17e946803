import { describe, expect, it } from "vitest";
import { createGatewayClient, parseRetryAfter } from "@/lib/portal/gateway/client";
import { GatewayError, redact } from "@/lib/portal/gateway/errors";
import { gatewayPageFor } from "@/lib/portal/gateway/hosted-page";
import {
  ACCESS_TOKEN,
  authenticatedAnswer,
  connectionRefused,
  type Scripted,
  scriptedFetch,
  TEST_CERTIFICATE_PEM,
  TOKEN,
} from "../../../support/gateway-fakes";

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
    expect(answer.certificate?.value?.startsWith("LS0tLS1CRUdJTi")).toBe(true);
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

  it("tells an observer each exchange's HTTP status, timing and attempt (never its URL)", async () => {
    const { client } = clientWith([
      { status: 503, text: "<html>Service Unavailable</html>" },
      { status: 200, json: authenticatedAnswer() },
    ]);
    const seen: unknown[] = [];
    await client.getStatus(TOKEN, (exchange) => seen.push(exchange));
    const at = Date.parse("2026-11-26T12:00:00Z");
    expect(seen).toEqual([
      { httpStatus: 503, startedAt: at, endedAt: at, attempt: 1 },
      { httpStatus: 200, startedAt: at, endedAt: at, attempt: 2 },
    ]);
    const created: unknown[] = [];
    const second = clientWith([{ status: 200, json: { status: "ok", session_token: TOKEN } }]);
    await second.client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }, (exchange) =>
      created.push(exchange),
    );
    expect(created).toEqual([{ httpStatus: 200, startedAt: at, endedAt: at, attempt: 1 }]);
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
    ["a status that is not a word", { status: 200, json: { status: 3 } }],
    ["ok without a name", { status: 200, json: { ...authenticatedAnswer(), name: undefined } }],
    ["ok with a fractional personal code", { status: 200, json: authenticatedAnswer({ code: 4040.5 }) }],
    ["ok without the session token", { status: 200, json: { ...authenticatedAnswer(), session_token: undefined } }],
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

  it("disarms the time-out once the answer is in, so a finished exchange is not kept until it would have run out", async () => {
    const { client, requests } = clientWith([{ status: 200, json: authenticatedAnswer() }], 50);
    await client.getStatus(TOKEN);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(requests[0]?.signal).toBeDefined();
    expect(requests[0]?.signal?.aborted).toBe(false);
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

/**
 * What the real gateway may send that the emulator does not: each answer is raw JSON text, as it would arrive on the
 * wire, and none of them may end as "malformed".
 */
describe("gateway client: liberal in what it accepts", () => {
  const CERT = Buffer.from(TEST_CERTIFICATE_PEM).toString("base64");
  const PARAMS = { returnUrl: "https://rp.test/r", smartidQrFlow: true };
  const okText = (fields: string) =>
    `{"status":"ok","code":"40404040009","country_code":"ee","name":"OK","surname":"TESTNUMBER","session_token":"${TOKEN}",${fields}}`;
  const smartId = `"authentication_method":"smartid","date_authenticated":"2026-11-26T15:09:06+02:00"`;
  const certificate = `"certificate":{"name":"/C=EE/CN=TESTNUMBER,OK","subject":{"country":"EE","serial_number":"PNOEE-40404040009"},"issuer":{"country":"EE","common_name":"TEST of EID-SK 2016"},"valid_from":"2026-01-01T00:00:00+02:00","valid_to":"2030-12-18T01:59:59+02:00","value":"${CERT}"}`;

  async function statusOf(text: string) {
    const { client, requests } = clientWith([{ status: 200, text }]);
    const answer = await client.getStatus(TOKEN);
    expect(requests).toHaveLength(1);
    if (answer.status !== "ok") throw new Error(`expected ok, got ${answer.status}`);
    return answer;
  }

  it.each([
    ["null for Smart-ID", `${smartId},"phone":null,${certificate}`],
    [
      "absent for Mobile-ID",
      `"authentication_method":"mobile","date_authenticated":"2026-11-26T15:09:06+02:00",${certificate}`,
    ],
    [
      "empty for an ID card",
      `"authentication_method":"smartcard","date_authenticated":"2026-11-26T15:09:06+02:00","phone":"",${certificate}`,
    ],
  ])("phone %s", async (_name, fields) => {
    const answer = await statusOf(okText(fields));
    expect(answer.phone).toBeUndefined();
    expect(answer.code).toBe("40404040009");
  });

  it("keeps a Mobile-ID phone", async () => {
    const answer = await statusOf(
      okText(
        `"authentication_method":"mobile","date_authenticated":"2026-11-26T15:09:06+02:00","phone":"+37200000766",${certificate}`,
      ),
    );
    expect(answer.phone).toBe("+37200000766");
  });

  it.each([
    ["missing", smartId],
    ["null", `${smartId},"certificate":null`],
    ["not an object", `${smartId},"certificate":"n/a"`],
  ])("certificate %s: signs in without one", async (_name, fields) => {
    const answer = await statusOf(okText(fields));
    expect(answer.certificate).toBeUndefined();
    expect(answer.name).toBe("OK");
  });

  it("a certificate without its value, or with odd metadata, is still an answer", async () => {
    const answer = await statusOf(
      okText(`${smartId},"certificate":{"name":null,"subject":["EE"],"issuer":{"country":7},"valid_from":20260101}`),
    );
    expect(answer.certificate).toEqual({ issuer: {} });
  });

  it("a personal code sent as a number becomes text (a leading zero would already be lost)", async () => {
    const text = `{"status":"ok","code":40404040009,"country_code":"ee","name":"OK","surname":"TESTNUMBER","session_token":"${TOKEN}",${smartId},${certificate}}`;
    const answer = await statusOf(text);
    expect(answer.code).toBe("40404040009");
  });

  it.each([
    ["+02:00", "2026-11-26T15:09:06+02:00", "2026-11-26T15:09:06+02:00"],
    ["+0200", "2026-11-26T15:09:06+0200", "2026-11-26T15:09:06+02:00"],
    ["Z", "2026-11-26T13:09:06Z", "2026-11-26T13:09:06Z"],
    ["fractions of a second", "2026-11-26T13:09:06.123456Z", "2026-11-26T13:09:06.123456Z"],
    ["a space for T and an hour-only offset", "2026-11-26 15:09:06+02", "2026-11-26T15:09:06+02:00"],
  ])("date_authenticated with %s", async (_name, sent, read) => {
    const answer = await statusOf(
      okText(`"authentication_method":"smartid","date_authenticated":"${sent}",${certificate}`),
    );
    expect(answer.date_authenticated).toBe(read);
    expect(Date.parse(answer.date_authenticated ?? "")).toBe(Date.parse(read));
  });

  it.each([
    ["missing", `"authentication_method":"smartid"`],
    ["null", `"authentication_method":"smartid","date_authenticated":null`],
    ["words", `"authentication_method":"smartid","date_authenticated":"yesterday"`],
    ["without an offset (ambiguous)", `"authentication_method":"smartid","date_authenticated":"2026-11-26 15:09:06"`],
    ["an impossible month", `"authentication_method":"smartid","date_authenticated":"2026-13-26T15:09:06Z"`],
    ["a number", `"authentication_method":"smartid","date_authenticated":1795698546`],
  ])("date_authenticated %s: accepted as unknown", async (_name, fields) => {
    const answer = await statusOf(okText(`${fields},${certificate}`));
    expect(answer.date_authenticated).toBeUndefined();
  });

  it("accepts unknown fields anywhere and keeps only the ones it knows", async () => {
    const text = `{"status":"ok","code":"40404040009","country_code":"ee","name":"OK","surname":"TESTNUMBER","authentication_method":"smartid","date_authenticated":"2026-11-26T15:09:06+02:00","session_token":"${TOKEN}","document_number":"PNOEE-40404040009-MOCK-Q","level_of_assurance":"high","certificate":{"name":"/C=EE","subject":{"country":"EE","given_name":"OK"},"issuer":{"country":"EE","organisation_identifier":"NTREE-10747013"},"valid_from":"2026-01-01T00:00:00+02:00","valid_to":"2030-12-18T01:59:59+02:00","value":"${CERT}","serial":"0x01","policies":["1.3.6.1.4.1.10015.17.2"]}}`;
    const answer = await statusOf(text);
    expect(answer).not.toHaveProperty("document_number");
    expect(answer.certificate).not.toHaveProperty("policies");
    expect(answer.certificate?.subject).toEqual({ country: "EE" });
    expect(answer.certificate?.issuer).toEqual({ country: "EE" });
    expect(answer.certificate?.value).toBe(CERT);
  });

  it("keeps an authentication method it does not know, as written", async () => {
    const answer = await statusOf(
      okText(`"authentication_method":"eparaksts","date_authenticated":"2026-11-26T15:09:06+02:00",${certificate}`),
    );
    expect(answer.authentication_method).toBe("eparaksts");
  });

  it.each([
    ["pending", `{"status":"pending"}`, "pending"],
    ["processing, with more", `{"status":"processing","message":"Still working","code":1004}`, "processing"],
    ["a long word", `{"status":"${"x".repeat(500)}"}`, "x".repeat(500)],
  ])("an unknown status (%s) is its own failure, not malformed", async (_name, text, word) => {
    const { client, requests } = clientWith([{ status: 200, text }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("unknown-status");
    expect(error.gatewayStatus).toBe(word);
    expect(error.message.length).toBeLessThan(200);
    expect(requests).toHaveLength(1);
  });

  it("an unknown status never carries the access token", async () => {
    const { client } = clientWith([{ status: 200, text: `{"status":"bad ${ACCESS_TOKEN}"}` }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("unknown-status");
    expect(`${error.message} ${error.gatewayStatus}`).not.toContain(ACCESS_TOKEN);
  });

  it.each([
    ["absent", `{"status":"ok","session_token":"${TOKEN}","url":"https://gateway.test/auth/${TOKEN}"}`, undefined],
    [
      "a string",
      `{"status":"ok","session_token":"${TOKEN}","url":"https://gateway.test/auth/${TOKEN}","expires_in":"3600"}`,
      3600,
    ],
    ["zero", `{"status":"ok","session_token":"${TOKEN}","url":"https://gateway.test/auth/${TOKEN}","expires_in":0}`, 0],
    [
      "nonsense",
      `{"status":"ok","session_token":"${TOKEN}","url":"https://gateway.test/auth/${TOKEN}","expires_in":"soon"}`,
      undefined,
    ],
  ])("create: expires_in %s", async (_name, text, seconds) => {
    const { client } = clientWith([{ status: 200, text }]);
    const answer = await client.createAuthentication(PARAMS);
    expect(answer.session_token).toBe(TOKEN);
    expect(answer.expires_in).toBe(seconds);
  });

  it("create: without a url the portal builds the documented one", async () => {
    const { client } = clientWith([
      { status: 200, text: `{"status":"ok","session_token":"${TOKEN}","expires_in":3600}` },
    ]);
    const answer = await client.createAuthentication(PARAMS);
    expect(answer.url).toBeUndefined();
    expect(gatewayPageFor(answer, BASE)).toBe(`https://gateway.test/auth/${TOKEN}`);
  });

  it("create: a url that is not a URL gives way to the documented one", async () => {
    const { client } = clientWith([{ status: 200, text: `{"status":"ok","session_token":"${TOKEN}","url":42}` }]);
    const answer = await client.createAuthentication(PARAMS);
    expect(gatewayPageFor(answer, BASE)).toBe(`https://gateway.test/auth/${TOKEN}`);
  });

  it("create: without a session token there is nothing to go on with", async () => {
    const { client } = clientWith([
      { status: 200, text: `{"status":"ok","url":"https://gateway.test/auth/${TOKEN}","expires_in":3600}` },
    ]);
    const error = await failureOf(client.createAuthentication(PARAMS));
    expect(error.kind).toBe("malformed");
  });

  it.each([
    [
      "naming a field",
      `{"status":"error","message":"return_url must be an absolute http(s) URL"}`,
      "return_url must be an absolute http(s) URL",
    ],
    // At status these words would mean a failed or closed authentication; at create there is none yet.
    [
      "with a word that means failure at status",
      `{"status":"error","message":"Wrong authentication_methods value","code":1009}`,
      "Wrong authentication_methods value",
    ],
    [
      "with a word that means closed at status",
      `{"status":"error","message":"Session closed","code":1005}`,
      "Session closed",
    ],
    [
      "as a list",
      `{"status":"error","message":["phone is invalid","code is invalid"]}`,
      `["phone is invalid","code is invalid"]`,
    ],
    ["in another shape", `{"errors":{"return_url":"required"},"message":"Validation failed"}`, "Validation failed"],
  ])("create: a 400 %s is the gateway refusing the request, with its message", async (_name, text, message) => {
    const { client, requests } = clientWith([{ status: 400, text }]);
    const error = await failureOf(client.createAuthentication(PARAMS));
    expect(error.kind).toBe("rejected");
    expect(error.gatewayMessage).toBe(message);
    expect(requests).toHaveLength(1);
  });

  it("create: a refusal quoting the access token has it redacted", async () => {
    const { client } = clientWith([
      { status: 400, text: `{"status":"error","message":"unknown access_token=${ACCESS_TOKEN} for ${ACCESS_TOKEN}"}` },
    ]);
    const error = await failureOf(client.createAuthentication(PARAMS));
    expect(error.gatewayMessage).toBe("unknown access_token=[redacted] for [redacted]");
  });

  it("create: an unknown status is its own failure", async () => {
    const { client } = clientWith([{ status: 200, text: `{"status":"queued"}` }]);
    const error = await failureOf(client.createAuthentication(PARAMS));
    expect(error.kind).toBe("unknown-status");
    expect(error.gatewayStatus).toBe("queued");
  });
});

describe("gateway client: a wrong access token", () => {
  it.each([
    [401, `{"status":"error","message":"Invalid access token"}`],
    [403, `{"status":"error","message":"Access denied"}`],
    [403, `<html><body>Forbidden</body></html>`],
    [401, ``],
  ])("%i at create is unauthorized, not retried", async (status, text) => {
    const { client, requests } = clientWith([{ status, text }]);
    const error = await failureOf(client.createAuthentication({ returnUrl: "https://rp.test/r", smartidQrFlow: true }));
    expect(error.kind).toBe("unauthorized");
    expect(error.httpStatus).toBe(status);
    expect(requests).toHaveLength(1);
  });

  it.each([
    [401, `{"status":"error","message":"Invalid access token"}`],
    [403, `{"status":"error","message":"Forbidden","code":1005}`],
    [403, ``],
  ])("%i at status is unauthorized, not retried", async (status, text) => {
    const { client, requests } = clientWith([{ status, text }]);
    const error = await failureOf(client.getStatus(TOKEN));
    expect(error.kind).toBe("unauthorized");
    expect(requests).toHaveLength(1);
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
