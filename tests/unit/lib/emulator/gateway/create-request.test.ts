import { describe, expect, it } from "vitest";
import { decodeMultipartForm, decodePhpForm, parseCreateRequest } from "@/lib/emulator/gateway/create-request";

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

/** Builds a body the way PHP's http_build_query does: arrays as name[0]=…&name[1]=…, brackets percent-encoded. */
function httpBuildQuery(params: Record<string, string | boolean | string[]>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        parts.push(`${encodeURIComponent(`${key}[${index}]`)}=${encodeURIComponent(item)}`);
      });
    } else {
      // http_build_query writes PHP booleans as 1 and 0.
      const text = typeof value === "boolean" ? (value ? "1" : "0") : value;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
    }
  }
  return parts.join("&");
}

function parseJson(fields: Record<string, unknown>) {
  return parseCreateRequest(JSON_TYPE, JSON.stringify(fields));
}

function messageOf(result: Awaited<ReturnType<typeof parseCreateRequest>>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.request)}`);
  return result.message;
}

describe("create request: form encoding as Dokobit's PHP example sends it", () => {
  it("reads every parameter with [0]-style arrays", async () => {
    const body = httpBuildQuery({
      return_url: "https://shop.example.com/return?x=1",
      code: "40404040009",
      country_code: "EE",
      phone: "+37200000766",
      authentication_methods: ["smartid", "mobile"],
      supported_residencies: ["EE", "lt"],
      smartid_qr_flow: false,
      app2app_url: "https://shop.example.com/app2app",
    });
    expect(body).toContain("authentication_methods%5B0%5D=smartid");
    const result = await parseCreateRequest(FORM, body);
    expect(result).toEqual({
      ok: true,
      request: {
        returnUrl: "https://shop.example.com/return?x=1",
        originHost: undefined,
        code: "40404040009",
        countryCode: "ee",
        phone: "+37200000766",
        authenticationMethods: ["smartid", "mobile"],
        supportedResidencies: ["ee", "lt"],
        smartidQrFlow: false,
        app2appUrl: "https://shop.example.com/app2app",
      },
    });
  });

  it("reads []-style arrays and ignores a charset parameter on the content type", async () => {
    const body =
      "return_url=https%3A%2F%2Fa.example%2Fr&authentication_methods[]=smartcard&authentication_methods[]=smartid";
    const result = await parseCreateRequest("application/x-www-form-urlencoded; charset=UTF-8", body);
    expect(result.ok && result.request.authenticationMethods).toEqual(["smartcard", "smartid"]);
  });

  it("reads booleans as forms and PHP clients write them, in any case", async () => {
    for (const [text, expected] of [
      ["true", true],
      ["1", true],
      ["on", true],
      ["Yes", true],
      ["TRUE", true],
      ["false", false],
      ["0", false],
      ["OFF", false],
      ["no", false],
      [" No ", false],
    ] as const) {
      const result = await parseCreateRequest(
        FORM,
        `return_url=https%3A%2F%2Fa.example&smartid_qr_flow=${encodeURIComponent(text)}`,
      );
      expect(result.ok && result.request.smartidQrFlow, text).toBe(expected);
    }
  });

  it("refuses any other boolean word, naming the field", async () => {
    for (const text of ["maybe", "2", "y", "ja", "truee"]) {
      const result = await parseCreateRequest(FORM, `return_url=https%3A%2F%2Fa.example&smartid_qr_flow=${text}`);
      expect(messageOf(result)).toBe("smartid_qr_flow must be true or false (also 1/0, on/off, yes/no)");
    }
  });

  it("lets a repeated index overwrite, like PHP", async () => {
    expect(decodePhpForm("m[0]=a&m[1]=b&m[0]=c")).toEqual({ m: ["c", "b"] });
    expect(decodePhpForm("m[]=a&m[]=b&plain=1&plain=2")).toEqual({ m: ["a", "b"], plain: "2" });
  });
});

/** A multipart/form-data body as curl -F writes it; `files` become parts with a filename. */
function multipart(fields: [string, string][], files: [string, string][] = []) {
  const boundary = "------------------------d74496d66958873e";
  const part = (disposition: string, value: string, type = "") =>
    `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${type}\r\n${value}\r\n`;
  const body =
    fields.map(([name, value]) => part(`name="${name}"`, value)).join("") +
    files
      .map(([name, value]) => part(`name="${name}"; filename="${name}.txt"`, value, "Content-Type: text/plain\r\n"))
      .join("") +
    `--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: new TextEncoder().encode(body) };
}

describe("create request: multipart/form-data, as PHP's curl sends an array", () => {
  it("reads every parameter, with []-style and [0]-style arrays", async () => {
    const { contentType, body } = multipart([
      ["return_url", "https://shop.example.com/return?x=1"],
      ["authentication_methods[]", "smartid"],
      ["authentication_methods[]", "mobile"],
      ["supported_residencies[0]", "LT"],
      ["supported_residencies[1]", "lv"],
      ["smartid_qr_flow", "yes"],
      ["app2app_url", "https://shop.example.com/app2app"],
    ]);
    expect(await parseCreateRequest(contentType, body)).toEqual({
      ok: true,
      request: {
        returnUrl: "https://shop.example.com/return?x=1",
        originHost: undefined,
        code: undefined,
        countryCode: undefined,
        phone: undefined,
        authenticationMethods: ["smartid", "mobile"],
        supportedResidencies: ["lt", "lv"],
        smartidQrFlow: true,
        app2appUrl: "https://shop.example.com/app2app",
      },
    });
  });

  it("names the wrong field as for any other encoding", async () => {
    const { contentType, body } = multipart([
      ["return_url", "https://a.example/r"],
      ["authentication_methods[]", "sms"],
    ]);
    expect(messageOf(await parseCreateRequest(contentType, body))).toBe(
      "authentication_methods must be a list of smartid, mobile, smartcard",
    );
  });

  it("refuses a file part with 400, naming it", async () => {
    const { contentType, body } = multipart([["return_url", "https://a.example/r"]], [["code", "40404040009"]]);
    expect(await parseCreateRequest(contentType, body)).toEqual({
      ok: false,
      status: 400,
      message: "code is a file; the create request takes no files",
    });
  });

  it("refuses a body that is not multipart after all, or has no boundary", async () => {
    const unreadable = { ok: false, status: 400, message: "the multipart/form-data body could not be read" };
    expect(await decodeMultipartForm("multipart/form-data; boundary=abc", new TextEncoder().encode("garbage"))).toEqual(
      unreadable,
    );
    expect(await parseCreateRequest("multipart/form-data", "return_url=https%3A%2F%2Fa.example")).toEqual(unreadable);
  });

  it("applies the size cap before decoding", async () => {
    const { contentType, body } = multipart([["return_url", `https://a.example/${"x".repeat(20_000)}`]]);
    expect(await parseCreateRequest(contentType, body)).toMatchObject({
      ok: false,
      status: 400,
      message: "the request body is larger than 16384 bytes",
    });
  });
});

describe("create request: JSON", () => {
  it("applies the defaults: all methods, QR flow on", async () => {
    const result = await parseJson({ return_url: "http://localhost:3000/api/gateway/return" });
    expect(result).toEqual({
      ok: true,
      request: {
        returnUrl: "http://localhost:3000/api/gateway/return",
        originHost: undefined,
        code: undefined,
        countryCode: undefined,
        phone: undefined,
        authenticationMethods: ["smartid", "mobile", "smartcard"],
        supportedResidencies: [],
        smartidQrFlow: true,
        app2appUrl: undefined,
      },
    });
  });

  it("deduplicates methods, reads JSON booleans and allows an http app2app_url on localhost", async () => {
    const result = await parseJson({
      return_url: "https://a.example/r",
      authentication_methods: ["smartid", "smartid", "mobile"],
      smartid_qr_flow: false,
      app2app_url: "http://127.0.0.1:3000/api/gateway/app2app",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.authenticationMethods).toEqual(["smartid", "mobile"]);
    expect(result.request.smartidQrFlow).toBe(false);
    expect(result.request.app2appUrl).toBe("http://127.0.0.1:3000/api/gateway/app2app");
  });

  it("takes origin_host instead of return_url and keeps it as an origin", async () => {
    const result = await parseJson({ origin_host: "https://shop.example.com:8443/" });
    expect(result.ok && result.request).toMatchObject({
      originHost: "https://shop.example.com:8443",
      returnUrl: undefined,
    });
  });

  it("normalises origin_host case and default port", async () => {
    const result = await parseJson({ origin_host: "HTTPS://Shop.Example.com:443" });
    expect(result.ok && result.request.originHost).toBe("https://shop.example.com");
  });

  it("ignores unknown parameters", async () => {
    const result = await parseJson({ return_url: "https://a.example/r", locale: "et", extra: { nested: true } });
    expect(result.ok).toBe(true);
  });
});

describe("create request: refusals name the field", () => {
  const base = { return_url: "https://a.example/r" };
  it.each([
    [{}, "return_url is required (or origin_host for an embedded integration)"],
    [{ return_url: "/relative/path" }, "return_url must be an absolute http(s) URL"],
    [{ return_url: "javascript:alert(1)" }, "return_url must be an absolute http(s) URL"],
    [{ return_url: 42 }, "return_url must be an absolute http(s) URL"],
    [
      { origin_host: "https://shop.example.com/path" },
      "origin_host must be a scheme and host only, e.g. https://shop.example.com",
    ],
    [{ origin_host: "shop.example.com" }, "origin_host must be a scheme and host only, e.g. https://shop.example.com"],
    [
      { origin_host: "https://shop.example.com?x=1" },
      "origin_host must be a scheme and host only, e.g. https://shop.example.com",
    ],
    [
      { origin_host: "https://user@shop.example.com" },
      "origin_host must be a scheme and host only, e.g. https://shop.example.com",
    ],
    [
      { ...base, code: "40404040009; drop" },
      "code must be a personal code of letters, digits and hyphens (at most 32 characters)",
    ],
    [{ ...base, country_code: "EST" }, "country_code must be a two-letter country code such as ee, lt or lv"],
    [{ ...base, phone: "call me" }, "phone must be a phone number in international format, e.g. +37200000766"],
    [{ ...base, authentication_methods: [] }, "authentication_methods must not be empty"],
    [
      { ...base, authentication_methods: ["smartid", "password"] },
      "authentication_methods must be a list of smartid, mobile, smartcard",
    ],
    [
      { ...base, authentication_methods: { a: 1 } },
      "authentication_methods must be a list of smartid, mobile, smartcard",
    ],
    [
      { ...base, supported_residencies: ["Estonia"] },
      "supported_residencies must be a list of two-letter country codes",
    ],
    [
      { ...base, supported_residencies: ["lt", "XX"] },
      "supported_residencies: xx is not an ISO 3166-1 alpha-2 country code",
    ],
    // Known to Intl.DisplayNames as regions, but not countries.
    [{ ...base, supported_residencies: ["EU"] }, "supported_residencies: eu is not an ISO 3166-1 alpha-2 country code"],
    [{ ...base, supported_residencies: ["zz"] }, "supported_residencies: zz is not an ISO 3166-1 alpha-2 country code"],
    [{ ...base, smartid_qr_flow: "maybe" }, "smartid_qr_flow must be true or false (also 1/0, on/off, yes/no)"],
    [
      { ...base, app2app_url: "http://shop.example.com/app2app" },
      "app2app_url must be an https URL (http only for localhost or 127.0.0.1)",
    ],
    [
      { ...base, app2app_url: "smart-id://x" },
      "app2app_url must be an https URL (http only for localhost or 127.0.0.1)",
    ],
  ])("%j → %s", async (fields, message) => {
    expect(messageOf(await parseJson(fields))).toBe(message);
  });

  it("names the field in the form encoding too", async () => {
    const result = await parseCreateRequest(
      FORM,
      "return_url=https%3A%2F%2Fa.example&authentication_methods%5B0%5D=sms",
    );
    expect(messageOf(result)).toBe("authentication_methods must be a list of smartid, mobile, smartcard");
    expect(messageOf(await parseCreateRequest(FORM, "return_url=&code=1"))).toBe(
      "return_url is required (or origin_host for an embedded integration)",
    );
  });

  it("refuses a body it cannot read, with 415 for an unsupported content type", async () => {
    expect(await parseCreateRequest("text/plain", "return_url=x")).toEqual({
      ok: false,
      status: 415,
      message: "Content-Type must be application/json, application/x-www-form-urlencoded or multipart/form-data",
    });
    expect(await parseCreateRequest(null, "")).toMatchObject({ ok: false, status: 415 });
    expect(await parseCreateRequest(JSON_TYPE, '{"return_url":')).toEqual({
      ok: false,
      status: 400,
      message: "the request body is not valid JSON",
    });
    expect(await parseCreateRequest(JSON_TYPE, "[1,2]")).toMatchObject({ ok: false, status: 400 });
    expect(
      await parseCreateRequest(JSON_TYPE, `{"return_url":"https://a.example/${"x".repeat(20_000)}"}`),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
