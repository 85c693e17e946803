import { expect, test } from "@playwright/test";
import { checkDeviceLink, compareQrReadings } from "./device-link-checks";
import { redact, redactUrl } from "./redact";
import { renderReport } from "./report";
import { sandboxTarget } from "./target";

/**
 * Self-checks: the smoke run's judgement tried on links made up for the purpose, so that a check which could never
 * fail (and a report that would leak a token) is caught here, not against the real gateway. No browser, no server.
 */

const TOKEN = "wGIrqveE6AuGDATZKmR1mtAZ";
const AUTH_CODE = "OY1eHaD4UYedrBwtqUbSkpa0w7ttm4FllPkCD_3wlE0";
// Smart-ID's own QR example (lib/shared/smartid/smart-id-v3.md, "Official test vectors").
const QR = `https://smart-id.com/device-link?deviceLinkType=QR&elapsedSeconds=22&sessionToken=${TOKEN}&sessionType=auth&version=1.0&lang=eng&authCode=${AUTH_CODE}`;
const WEB2APP = `https://smart-id.com/device-link?deviceLinkType=Web2App&sessionToken=${TOKEN}&sessionType=auth&version=1.0&lang=est&authCode=${AUTH_CODE}`;
const strict = { allowHttp: false };

test("self-check: Smart-ID's own QR example passes, and its token and authCode stay out of the facts", () => {
  const verdict = checkDeviceLink(QR, "QR", strict);
  expect(verdict.failures).toEqual([]);
  expect(verdict.parsed?.elapsedSeconds).toBe(22);
  expect(verdict.facts).toContain("base: https://smart-id.com/device-link");
  expect(verdict.facts).toContain("deviceLinkType=QR, sessionType=auth, version=1.0, lang=eng");
  expect(verdict.facts.join("\n")).not.toContain(TOKEN);
  expect(verdict.facts.join("\n")).not.toContain(AUTH_CODE);
  expect(verdict.secrets).toEqual([TOKEN, AUTH_CODE]);
});

test("self-check: a parameter out of order is named, with what was seen and what was expected", () => {
  const swapped = QR.replace("&version=1.0&lang=eng", "&lang=eng&version=1.0");
  const verdict = checkDeviceLink(swapped, "QR", strict);
  expect(verdict.failures).toContain(
    "the parameter order differs: saw deviceLinkType, elapsedSeconds, sessionToken, sessionType, lang, version, authCode; " +
      "expected deviceLinkType, elapsedSeconds, sessionToken, sessionType, version, lang, authCode",
  );
  expect(verdict.parsed).toBeUndefined();
});

test("self-check: http is refused unless the gateway is a local stand-in; the path must be /device-link", () => {
  const http = QR.replace("https://smart-id.com", "http://127.0.0.1:3001/emulator");
  expect(checkDeviceLink(http, "QR", strict).failures).toEqual([
    "the device link is not https: it starts with http:// (http is accepted only from a local stand-in)",
  ]);
  expect(checkDeviceLink(http, "QR", { allowHttp: true }).failures).toEqual([]);
  expect(checkDeviceLink(QR.replace("/device-link", "/dl"), "QR", strict).failures).toContain(
    "the device link's path is /dl, not …/device-link",
  );
});

test("self-check: the wrong kind of link, an unknown lang, a wrong version and a short authCode are each named", () => {
  expect(checkDeviceLink(QR, "same-device", strict).failures).toEqual([
    "deviceLinkType is QR, expected Web2App or App2App",
  ]);
  expect(checkDeviceLink(WEB2APP, "same-device", strict).failures).toEqual([]);
  expect(checkDeviceLink(WEB2APP, "QR", strict).failures).toContain("deviceLinkType is Web2App, expected QR");
  const odd = QR.replace("lang=eng", "lang=xyz").replace("version=1.0", "version=2.0").replace(AUTH_CODE, "short");
  expect(checkDeviceLink(odd, "QR", strict).failures).toEqual([
    "version is 2.0, not 1.0",
    "lang is xyz, not one of eng, lit, lav, est, rus",
    "the authCode is not 43 base64url characters (it has 5)",
    "the project's device-link parser refuses it: version must be 1.0",
  ]);
});

test("self-check: two QR readings must show elapsedSeconds growing and a new authCode", () => {
  const first = checkDeviceLink(QR, "QR", strict).parsed;
  const later = checkDeviceLink(
    QR.replace("elapsedSeconds=22", "elapsedSeconds=23").replace(AUTH_CODE, `${AUTH_CODE.slice(0, 42)}A`),
    "QR",
    strict,
  ).parsed;
  if (!first || !later) throw new Error("the example links should parse");
  expect(compareQrReadings(first, later, 1210).failures).toEqual([]);
  expect(compareQrReadings(first, first, 1210).failures).toEqual([
    "elapsedSeconds did not grow between two readings 1.21 s apart (22 → 22)",
    "the authCode did not change between two readings 1.21 s apart",
  ]);
});

test("self-check: addresses and errors in the report lose their tokens", () => {
  const hosted = `https://id-sandbox.dokobit.com/auth/${"ab12".repeat(16)}?_locale=en`;
  expect(redactUrl(hosted)).toBe("https://id-sandbox.dokobit.com/auth/{token}?_locale=en");
  expect(redactUrl("http://localhost:3000/sign-in/error?reason=gateway-misconfigured&detail=x&sig=y")).toBe(
    "http://localhost:3000/sign-in/error?reason=gateway-misconfigured&detail=…&sig=…",
  );
  expect(redact(`navigated to ${QR}`)).not.toMatch(new RegExp(`${TOKEN}|${AUTH_CODE}`));
  expect(redact("the access token s3cret-token-value leaked", ["s3cret-token-value"])).toBe(
    "the access token ‹withheld› leaked",
  );
});

test("self-check: the report says when it ran against a stand-in, and lists every failed assumption", () => {
  const standIn = sandboxTarget({ SANDBOX_STAND_IN: "1", SANDBOX_PORT: "3000" });
  const report = renderReport({
    target: standIn,
    startedAt: new Date(0),
    durationMs: 1500,
    runErrors: [],
    entries: [
      {
        title: "Smart-ID+ QR",
        selfCheck: false,
        outcome: "failed",
        errors: ["assumptions about the gateway that failed"],
        observation: {
          reached: "http://127.0.0.1:3001/emulator/auth/{token}",
          facts: [],
          timings: [],
          failures: ["the QR did not decode"],
        },
      },
    ],
  });
  expect(report).toContain("a stand-in, NOT the real sandbox");
  expect(report).toContain("- Smart-ID+ QR: the QR did not decode");
  expect(report).not.toContain("stopped with an error");

  const real = sandboxTarget({ GATEWAY_URL: "https://id-sandbox.dokobit.com", GATEWAY_ACCESS_TOKEN: "token-1234" });
  expect(real.standIn).toBe(false);
  expect(real.allowHttpDeviceLinks).toBe(false);
  expect(renderReport({ target: real, startedAt: new Date(0), durationMs: 0, runErrors: [], entries: [] })).toContain(
    "the real sandbox, id-sandbox.dokobit.com",
  );
});
