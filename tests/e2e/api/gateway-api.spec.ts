import { X509Certificate } from "node:crypto";
import { expect, test } from "@playwright/test";
import { control, createSession, statusOf, withToken } from "../support/gateway";
import { accessToken, gatewayUrl } from "../support/servers";

/** The emulator's gateway API over HTTP against the built app, as identity-gateway.md describes it. */

/** The body PHP's http_build_query makes: arrays as name[0]=…, brackets and URLs percent-encoded. */
function httpBuildQuery(params: Record<string, string | string[]>): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, "+");
  return Object.entries(params)
    .flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.map((item, index) => `${encode(`${key}[${index}]`)}=${encode(item)}`)
        : [`${encode(key)}=${encode(value)}`],
    )
    .join("&");
}

test.describe("create", () => {
  test("accepts a create exactly as Dokobit's PHP example sends it", async ({ request }) => {
    const body = httpBuildQuery({
      return_url: "https://shop.example.com/return.php?order=42",
      code: "40404040009",
      country_code: "ee",
      authentication_methods: ["smartid", "mobile", "smartcard"],
    });
    expect(body).toContain("return_url=https%3A%2F%2Fshop.example.com%2Freturn.php%3Forder%3D42");
    expect(body).toContain("authentication_methods%5B0%5D=smartid");
    const response = await request.post(withToken("/api/authentication/create"), {
      headers: { "Content-type": "application/x-www-form-urlencoded" },
      data: body,
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const answer = await response.json();
    expect(answer.status).toBe("ok");
    expect(answer.session_token).toMatch(/^[0-9a-f]{64}$/);
    expect(answer.url).toBe(`${gatewayUrl}/auth/${answer.session_token}`);
    expect(answer.expires_in).toBe(3600);
  });

  test("accepts a create as a JSON client sends it", async ({ request }) => {
    const response = await request.post(withToken("/api/authentication/create"), {
      data: {
        return_url: "http://localhost:3000/api/gateway/return",
        smartid_qr_flow: true,
        app2app_url: "http://localhost:3000/api/gateway/app2app",
        authentication_methods: ["smartid"],
      },
    });
    expect(response.status()).toBe(200);
    const answer = await response.json();
    expect(Object.keys(answer).sort()).toEqual(["expires_in", "session_token", "status", "url"]);
    expect(answer.url.startsWith(`${gatewayUrl}/auth/`)).toBe(true);
    // The new session is known and waiting.
    expect((await (await statusOf(request, answer.session_token)).json()).code).toBe(1003);
  });

  test("names the field that is wrong, with 400", async ({ request }) => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, "return_url is required (or origin_host for an embedded integration)"],
      [{ return_url: "/return" }, "return_url must be an absolute http(s) URL"],
      [{ origin_host: "https://shop.example.com/path" }, "origin_host must be a scheme and host only"],
      [{ return_url: "https://a.example", code: "<script>" }, "code must be a personal code"],
      [{ return_url: "https://a.example", country_code: "EST" }, "country_code must be a two-letter country code"],
      [{ return_url: "https://a.example", phone: "phone" }, "phone must be a phone number"],
      [{ return_url: "https://a.example", authentication_methods: ["sms"] }, "authentication_methods must be a list"],
      [{ return_url: "https://a.example", authentication_methods: [] }, "authentication_methods must not be empty"],
      [{ return_url: "https://a.example", supported_residencies: ["EST"] }, "supported_residencies must be a list"],
      [{ return_url: "https://a.example", smartid_qr_flow: "perhaps" }, "smartid_qr_flow must be true or false"],
      [
        { return_url: "https://a.example", app2app_url: "http://shop.example.com/a" },
        "app2app_url must be an https URL",
      ],
    ];
    for (const [data, message] of cases) {
      const response = await request.post(withToken("/api/authentication/create"), { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      const answer = await response.json();
      expect(answer.status).toBe("error");
      expect(answer.message).toContain(message);
    }
  });

  test("refuses a body it cannot read, and an unsupported content type", async ({ request }) => {
    const broken = await request.post(withToken("/api/authentication/create"), {
      headers: { "content-type": "application/json" },
      // Raw bytes: Playwright would JSON-encode a string body.
      data: Buffer.from('{"return_url":'),
    });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).message).toBe("the request body is not valid JSON");
    const xml = await request.post(withToken("/api/authentication/create"), {
      headers: { "content-type": "text/xml" },
      data: "<return_url>https://a.example</return_url>",
    });
    expect(xml.status()).toBe(415);
    expect((await xml.json()).message).toContain("Content-Type must be application/json");
  });

  test("refuses a missing or wrong access token with 403, without echoing it", async ({ request }) => {
    const missing = await request.post(`${gatewayUrl}/api/authentication/create`, {
      data: { return_url: "https://a.example" },
    });
    expect(missing.status()).toBe(403);
    expect(await missing.json()).toEqual({ status: "error", message: "Invalid access token" });
    const wrong = await request.post(withToken("/api/authentication/create", "wrong-token-wrong-token"), {
      data: { return_url: "https://a.example" },
    });
    expect(wrong.status()).toBe(403);
    expect(await wrong.text()).not.toContain("wrong-token-wrong-token");
    const almost = await request.post(withToken("/api/authentication/create", `${accessToken}x`), {
      data: { return_url: "https://a.example" },
    });
    expect(almost.status()).toBe(403);
  });

  test("answers 405 in JSON to other methods", async ({ request }) => {
    for (const response of [
      await request.get(withToken("/api/authentication/create")),
      await request.put(withToken("/api/authentication/create"), { data: {} }),
      await request.delete(withToken("/api/authentication/create")),
    ]) {
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe("POST");
      expect(await response.json()).toMatchObject({ status: "error" });
    }
    const status = await request.post(withToken(`/api/authentication/${"a".repeat(64)}/status`));
    expect(status.status()).toBe(405);
    expect(status.headers().allow).toBe("GET");
  });
});

test.describe("status", () => {
  test("waiting", async ({ request }) => {
    const { session_token } = await createSession(request);
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      status: "waiting",
      message: "Waiting for client authentication",
      code: 1003,
    });
  });

  test("authenticated with Smart-ID: the full result and a certificate that parses", async ({ request }) => {
    const { session_token } = await createSession(request);
    const done = await control(request, session_token, "complete", { identity: "PNOEE-40404040009" });
    expect(done.status()).toBe(200);
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({
      status: "ok",
      code: "40404040009",
      country_code: "ee",
      name: "OK",
      surname: "TESTNUMBER",
      authentication_method: "smartid",
      session_token,
    });
    expect(answer.date_authenticated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(answer.certificate.value.startsWith("LS0tLS1CRUdJTi")).toBe(true);
    const certificate = new X509Certificate(Buffer.from(answer.certificate.value, "base64").toString("utf8"));
    expect(certificate.subject).toContain("serialNumber=PNOEE-40404040009");
    expect(certificate.subject).toContain("CN=TESTNUMBER\\,OK");
    expect(answer.certificate.subject.serial_number).toBe("PNOEE-40404040009");
    expect(Date.parse(answer.certificate.valid_from)).toBe(Date.parse(certificate.validFrom));
    // The same result can be read again until the session expires.
    expect((await (await statusOf(request, session_token)).json()).session_token).toBe(session_token);
  });

  test("authenticated with Mobile-ID: the phone is reported", async ({ request }) => {
    const { session_token } = await createSession(request, { authentication_methods: ["mobile"] });
    await control(request, session_token, "complete", { identity: "PNOLT-50001018865", method: "mobile" });
    const answer = await (await statusOf(request, session_token)).json();
    expect(answer).toMatchObject({
      authentication_method: "mobile",
      phone: "+37060000666",
      country_code: "lt",
      code: "50001018865",
    });
  });

  test("cancelled", async ({ request }) => {
    const { session_token } = await createSession(request);
    expect((await control(request, session_token, "cancel")).status()).toBe(200);
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ status: "error", message: "Authentication cancelled", code: 1006 });
  });

  test("refused in the app (SK's refusal account)", async ({ request }) => {
    const { session_token } = await createSession(request);
    const done = await control(request, session_token, "complete", { identity: "PNOEE-30403039917" });
    expect(await done.json()).toMatchObject({ status: "ok", end_result: "USER_REFUSED" });
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(400);
    expect((await response.json()).code).toBe(1006);
  });

  test("timed out (SK's time-out account)", async ({ request }) => {
    const { session_token } = await createSession(request);
    await control(request, session_token, "complete", { identity: "PNOEE-30403039983" });
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      status: "error",
      message: "Authentication timed out: the request was not answered in time",
      code: 1007,
    });
  });

  test("expired", async ({ request }) => {
    const { session_token } = await createSession(request);
    expect((await control(request, session_token, "expire")).status()).toBe(200);
    const response = await statusOf(request, session_token);
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ status: "error", message: "Session closed", code: 1005 });
  });

  test("unknown and malformed tokens read as closed", async ({ request }) => {
    for (const token of ["0".repeat(64), "not-a-token", "A".repeat(64)]) {
      const response = await statusOf(request, token);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ status: "error", message: "Session closed", code: 1005 });
    }
  });

  test("refuses a missing or wrong access token with 403", async ({ request }) => {
    const { session_token } = await createSession(request);
    const response = await request.get(`${gatewayUrl}/api/authentication/${session_token}/status`);
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ status: "error", message: "Invalid access token" });
    const wrong = await request.get(withToken(`/api/authentication/${session_token}/status`, "nope-nope-nope"));
    expect(wrong.status()).toBe(403);
  });
});
