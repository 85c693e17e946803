import { describe, expect, it } from "vitest";
import {
  computeAuthCode,
  createDeviceLink,
  type DeviceLinkOptions,
  parseDeviceLink,
  unprotectedDeviceLink,
  verifyDeviceLink,
} from "@/lib/shared/smartid";
import { AUTH_CODES, CALLBACK_URL, QR_LINK, SESSION, singleCharMutations } from "./vectors";

const QR: DeviceLinkOptions = { type: "QR", elapsedSeconds: 22, lang: "eng" };
const WEB2APP: DeviceLinkOptions = { type: "Web2App", initialCallbackUrl: CALLBACK_URL, lang: "eng" };
const APP2APP: DeviceLinkOptions = { type: "App2App", initialCallbackUrl: CALLBACK_URL, lang: "eng" };

function authCodeInput(options: DeviceLinkOptions) {
  return {
    scheme: SESSION.scheme,
    rpChallenge: SESSION.rpChallenge,
    relyingPartyName: SESSION.relyingPartyName,
    brokeredRpName: SESSION.brokeredRpName,
    interactions: SESSION.interactions,
    initialCallbackUrl: options.type === "QR" ? "" : options.initialCallbackUrl,
    unprotectedDeviceLink: unprotectedDeviceLink(SESSION, options),
    sessionSecret: SESSION.sessionSecret,
  };
}

describe("official vectors", () => {
  it.each([
    ["QR", QR],
    ["Web2App", WEB2APP],
    ["App2App", APP2APP],
  ] as const)("%s authCode", (type, options) => {
    expect(computeAuthCode(authCodeInput(options))).toBe(AUTH_CODES[type]);
    expect(createDeviceLink(SESSION, options)).toMatch(new RegExp(`&authCode=${AUTH_CODES[type]}$`));
  });

  it("builds the full QR link exactly", () => {
    expect(createDeviceLink(SESSION, QR)).toBe(QR_LINK);
  });

  it("builds same-device links without elapsedSeconds, in spec order", () => {
    expect(createDeviceLink(SESSION, WEB2APP)).toBe(
      `https://smart-id.com/device-link?deviceLinkType=Web2App&sessionToken=wGIrqveE6AuGDATZKmR1mtAZ&sessionType=auth&version=1.0&lang=eng&authCode=${AUTH_CODES.Web2App}`,
    );
  });
});

describe("computeAuthCode depends on every character of every input", () => {
  const base = authCodeInput(WEB2APP);
  const fields = [
    "rpChallenge",
    "relyingPartyName",
    "brokeredRpName",
    "interactions",
    "initialCallbackUrl",
    "unprotectedDeviceLink",
  ] as const;

  it.each(fields)("%s", (field) => {
    for (const mutated of singleCharMutations(base[field])) {
      expect(computeAuthCode({ ...base, [field]: mutated })).not.toBe(AUTH_CODES.Web2App);
    }
  });

  it("scheme", () => {
    expect(computeAuthCode({ ...base, scheme: "smart-id-demo" })).not.toBe(AUTH_CODES.Web2App);
  });

  it("sessionSecret: a changed secret gives another code or is refused as non-canonical base64", () => {
    const key = Buffer.from(base.sessionSecret, "base64");
    let changed = 0;
    for (const mutated of singleCharMutations(base.sessionSecret)) {
      let code: string | undefined;
      try {
        code = computeAuthCode({ ...base, sessionSecret: mutated });
      } catch {
        continue;
      }
      // HMAC zero-pads short keys (RFC 2104), so a key with one trailing zero byte is the same key: "…Ps=" → "…PsA".
      const sameHmacKey = Buffer.concat([key, Buffer.alloc(1)]).equals(Buffer.from(mutated, "base64"));
      if (sameHmacKey) expect(code).toBe(AUTH_CODES.Web2App);
      else expect(code).not.toBe(AUTH_CODES.Web2App);
      changed++;
    }
    expect(changed).toBeGreaterThan(40);
  });
});

describe("parseDeviceLink", () => {
  it("parses the vector QR link", () => {
    const result = parseDeviceLink(QR_LINK);
    expect(result).toEqual({
      ok: true,
      link: {
        deviceLinkBase: "https://smart-id.com/device-link",
        deviceLinkType: "QR",
        elapsedSeconds: 22,
        sessionToken: "wGIrqveE6AuGDATZKmR1mtAZ",
        sessionType: "auth",
        version: "1.0",
        lang: "eng",
        authCode: AUTH_CODES.QR,
        unprotected: QR_LINK.slice(0, QR_LINK.indexOf("&authCode=")),
      },
    });
  });

  it("refuses to build a QR link with a negative or fractional elapsedSeconds", () => {
    expect(() => createDeviceLink(SESSION, { ...QR, elapsedSeconds: -1 })).toThrow(RangeError);
    expect(() => createDeviceLink(SESSION, { ...QR, elapsedSeconds: 1.5 })).toThrow(RangeError);
  });

  it("parses a same-device link without elapsedSeconds", () => {
    const result = parseDeviceLink(createDeviceLink(SESSION, APP2APP));
    expect(result.ok && result.link.deviceLinkType).toBe("App2App");
    expect(result.ok && "elapsedSeconds" in result.link).toBe(false);
  });

  const swap = (a: string, b: string) => QR_LINK.replace(a, "\0").replace(b, a).replace("\0", b);
  const refused: Array<[string, string, RegExp]> = [
    ["reordered params", swap("sessionType=auth", "version=1.0"), /order/],
    ["deviceLinkType not first", swap("deviceLinkType=QR", "elapsedSeconds=22"), /deviceLinkType must come first/],
    ["missing param", QR_LINK.replace("&lang=eng", ""), /missing parameter lang/],
    ["missing elapsedSeconds on QR", QR_LINK.replace("&elapsedSeconds=22", ""), /missing parameter elapsedSeconds/],
    [
      "elapsedSeconds on a Web2App link",
      createDeviceLink(SESSION, WEB2APP).replace("&sessionToken", "&elapsedSeconds=1&sessionToken"),
      /unexpected parameter elapsedSeconds/,
    ],
    ["extra param", `${QR_LINK}&foo=bar`, /unexpected parameter foo/],
    ["duplicate param", QR_LINK.replace("&lang=eng", "&lang=eng&lang=eng"), /lang appears more than once/],
    ["wrong version", QR_LINK.replace("version=1.0", "version=1.1"), /version must be 1.0/],
    ["wrong sessionType", QR_LINK.replace("sessionType=auth", "sessionType=sign"), /sessionType must be auth/],
    ["encoded chars", QR_LINK.replace("lang=eng", "lang=%65ng"), /URL-encoded/],
    ["fragment", `${QR_LINK}#x`, /fragment/],
    ["negative elapsedSeconds", QR_LINK.replace("elapsedSeconds=22", "elapsedSeconds=-1"), /elapsedSeconds/],
    ["fractional elapsedSeconds", QR_LINK.replace("elapsedSeconds=22", "elapsedSeconds=2.5"), /elapsedSeconds/],
    ["elapsedSeconds with leading zero", QR_LINK.replace("elapsedSeconds=22", "elapsedSeconds=022"), /elapsedSeconds/],
    ["unknown deviceLinkType", QR_LINK.replace("deviceLinkType=QR", "deviceLinkType=qr"), /deviceLinkType/],
    ["short sessionToken", QR_LINK.replace("wGIrqveE6AuGDATZKmR1mtAZ", "abc"), /sessionToken/],
    ["bad lang", QR_LINK.replace("lang=eng", "lang=en"), /lang/],
    ["bad authCode", QR_LINK.replace(AUTH_CODES.QR, "abc"), /authCode/],
    ["no parameters", "https://smart-id.com/device-link", /no parameters/],
    ["not an http base", QR_LINK.replace("https://smart-id.com", "javascript:"), /deviceLinkBase/],
  ];
  it.each(refused)("refuses %s", (_name, link, reason) => {
    const result = parseDeviceLink(link);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe("verifyDeviceLink", () => {
  const now = 1_800_000_000_000;
  const createdAt = now - 22_000;
  const qrContext = { sessionCreatedAt: createdAt, now };

  it("accepts a fresh QR link", () => {
    expect(verifyDeviceLink(QR_LINK, SESSION, qrContext)).toMatchObject({ ok: true, link: { elapsedSeconds: 22 } });
  });

  it("accepts a QR link generated less than 4 s ago (3 s plus 1 s of rounding), and refuses it after that", () => {
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now + 3_999 }).ok).toBe(true);
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now + 4_000 })).toEqual({
      ok: false,
      check: "elapsedSeconds",
      reason: "QR code is stale: generated 4 s ago",
    });
  });

  it("allows elapsedSeconds one second ahead of the session's age (flooring on two clocks), not two", () => {
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now - 1 }).ok).toBe(true);
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now - 1_001 })).toMatchObject({
      ok: false,
      check: "elapsedSeconds",
    });
  });

  it("honours a custom maxQrAgeSeconds", () => {
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now + 12_000, maxQrAgeSeconds: 12 }).ok).toBe(true);
    expect(verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now + 12_000 })).toMatchObject({
      ok: false,
      reason: "QR code is stale: generated 12 s ago",
    });
  });

  it("refuses a QR link whose elapsedSeconds lies in the future", () => {
    const link = createDeviceLink(SESSION, { ...QR, elapsedSeconds: 30 });
    const result = verifyDeviceLink(link, SESSION, qrContext);
    expect(result).toMatchObject({ ok: false, check: "elapsedSeconds" });
    expect(!result.ok && result.reason).toMatch(/future/);
  });

  it("refuses a link for another session token", () => {
    const other = { ...SESSION, sessionToken: "X".repeat(24) };
    expect(verifyDeviceLink(QR_LINK, other, qrContext)).toMatchObject({ ok: false, check: "sessionToken" });
  });

  it("refuses another deviceLinkBase", () => {
    const other = { ...SESSION, deviceLinkBase: "https://evil.example/device-link" };
    expect(verifyDeviceLink(QR_LINK, other, qrContext)).toMatchObject({ ok: false, check: "deviceLinkBase" });
  });

  it("refuses a tampered authCode", () => {
    const link = QR_LINK.replace(AUTH_CODES.QR, AUTH_CODES.App2App);
    expect(verifyDeviceLink(link, SESSION, qrContext)).toEqual({
      ok: false,
      check: "authCode",
      reason: "authCode does not match",
    });
  });

  it("refuses a QR link whose elapsedSeconds was edited (authCode no longer matches)", () => {
    const link = QR_LINK.replace("elapsedSeconds=22", "elapsedSeconds=23");
    expect(verifyDeviceLink(link, SESSION, qrContext)).toMatchObject({ ok: false, check: "authCode" });
  });

  it("refuses every single-character change of the QR link", () => {
    for (const link of singleCharMutations(QR_LINK)) {
      expect(verifyDeviceLink(link, SESSION, qrContext).ok, link).toBe(false);
    }
  });

  it("accepts a Web2App link with its initialCallbackUrl and refuses it against another", () => {
    const link = createDeviceLink(SESSION, WEB2APP);
    const context = { sessionCreatedAt: createdAt, now };
    expect(verifyDeviceLink(link, SESSION, { ...context, initialCallbackUrl: CALLBACK_URL }).ok).toBe(true);
    expect(
      verifyDeviceLink(link, SESSION, { ...context, initialCallbackUrl: CALLBACK_URL.replace("RrKj", "RrKk") }),
    ).toMatchObject({ ok: false, check: "authCode" });
    expect(verifyDeviceLink(link, SESSION, context)).toMatchObject({ ok: false, check: "initialCallbackUrl" });
  });

  it("refuses an App2App link presented as Web2App", () => {
    const link = createDeviceLink(SESSION, APP2APP).replace("deviceLinkType=App2App", "deviceLinkType=Web2App");
    expect(
      verifyDeviceLink(link, SESSION, { sessionCreatedAt: createdAt, now, initialCallbackUrl: CALLBACK_URL }),
    ).toMatchObject({ ok: false, check: "authCode" });
  });

  it("reports malformed links as a format failure", () => {
    expect(verifyDeviceLink(`${QR_LINK}#x`, SESSION, qrContext)).toMatchObject({ ok: false, check: "format" });
  });

  it("gives distinct reasons for distinct failures", () => {
    const reasons = [
      verifyDeviceLink(`${QR_LINK}#x`, SESSION, qrContext),
      verifyDeviceLink(QR_LINK, { ...SESSION, sessionToken: "X".repeat(24) }, qrContext),
      verifyDeviceLink(QR_LINK, { ...SESSION, deviceLinkBase: "https://x.example/d" }, qrContext),
      verifyDeviceLink(QR_LINK.replace(AUTH_CODES.QR, AUTH_CODES.App2App), SESSION, qrContext),
      verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now + 60_000 }),
      verifyDeviceLink(QR_LINK, SESSION, { ...qrContext, now: now - 10_000 }),
    ].map((result) => (result.ok ? "ok" : result.reason));
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(reasons).not.toContain("ok");
  });
});
