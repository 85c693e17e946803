/**
 * Parsing a Smart-ID v3 device link (smart-id-v3.md, "Device links"). Pure and free of secrets — a link is public,
 * shown as a QR code — so, unlike the rest of this folder, it carries no "server-only" marker: the sandbox smoke run
 * (a Playwright test, outside Next's server) reads the real gateway's links with the very parser the emulator's
 * virtual app uses. It must stay that way: nothing here may touch a session secret.
 */
import { isBase64Url } from "./encoding";

export type DeviceLinkType = "QR" | "Web2App" | "App2App";

export interface ParsedDeviceLink {
  deviceLinkBase: string;
  deviceLinkType: DeviceLinkType;
  elapsedSeconds?: number;
  sessionToken: string;
  sessionType: "auth";
  version: "1.0";
  lang: string;
  authCode: string;
  /** The link without `&authCode=…`: the last field of the authCode payload. */
  unprotected: string;
}

/** The parameters of each kind of link, in the one order the spec allows. */
export const QR_LINK_PARAMETERS: readonly string[] = [
  "deviceLinkType",
  "elapsedSeconds",
  "sessionToken",
  "sessionType",
  "version",
  "lang",
  "authCode",
];
export const SAME_DEVICE_LINK_PARAMETERS: readonly string[] = [
  "deviceLinkType",
  "sessionToken",
  "sessionType",
  "version",
  "lang",
  "authCode",
];

export type ParseDeviceLinkResult = { ok: true; link: ParsedDeviceLink } | { ok: false; reason: string };

/**
 * Strict parse: exact parameter order per type, no extra/missing/duplicate params, version 1.0, sessionType auth,
 * elapsedSeconds a non-negative integer (QR only), no fragment, no URL-encoding.
 */
export function parseDeviceLink(link: string): ParseDeviceLinkResult {
  const fail = (reason: string): ParseDeviceLinkResult => ({ ok: false, reason });
  if (link.includes("#")) return fail("device link must not have a fragment");
  if (link.includes("%")) return fail("device link must not contain URL-encoded characters");
  if (/[\s+]/.test(link)) return fail("device link must not contain spaces or '+'");
  const question = link.indexOf("?");
  if (question < 0) return fail("device link has no parameters");
  const deviceLinkBase = link.slice(0, question);
  if (!isHttpUrl(deviceLinkBase)) return fail("deviceLinkBase is not an http(s) URL");

  const pairs: Array<[string, string]> = [];
  for (const part of link.slice(question + 1).split("&")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return fail(`malformed parameter "${part}"`);
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  const names = pairs.map(([name]) => name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) return fail(`parameter ${duplicate} appears more than once`);

  const deviceLinkType = pairs[0]?.[0] === "deviceLinkType" ? pairs[0][1] : undefined;
  if (deviceLinkType !== "QR" && deviceLinkType !== "Web2App" && deviceLinkType !== "App2App") {
    return fail("deviceLinkType must come first and be QR, Web2App or App2App");
  }
  const expected = deviceLinkType === "QR" ? QR_LINK_PARAMETERS : SAME_DEVICE_LINK_PARAMETERS;
  const missing = expected.filter((name) => !names.includes(name));
  if (missing.length > 0) return fail(`missing parameter ${missing.join(", ")}`);
  const extra = names.filter((name) => !expected.includes(name));
  if (extra.length > 0) return fail(`unexpected parameter ${extra.join(", ")}`);
  if (names.join("&") !== expected.join("&")) return fail(`parameters must be in the order ${expected.join(", ")}`);

  // Every expected name is present exactly once by now; `?? ""` only satisfies the Map's type.
  const param = new Map(pairs);
  const get = (name: string): string => param.get(name) ?? "";
  const value = {
    sessionType: get("sessionType"),
    version: get("version"),
    sessionToken: get("sessionToken"),
    lang: get("lang"),
    authCode: get("authCode"),
    elapsedSeconds: get("elapsedSeconds"),
  };
  if (value.sessionType !== "auth") return fail("sessionType must be auth");
  if (value.version !== "1.0") return fail("version must be 1.0");
  if (!/^[A-Za-z0-9]{24,}$/.test(value.sessionToken)) return fail("sessionToken must be at least 24 alphanumerics");
  if (!/^[a-z]{3}$/.test(value.lang)) return fail("lang must be a three-letter ISO 639-2 code");
  if (!isBase64Url(value.authCode, 43)) return fail("authCode must be 43 base64url characters");
  let elapsedSeconds: number | undefined;
  if (deviceLinkType === "QR") {
    if (!/^(0|[1-9][0-9]{0,8})$/.test(value.elapsedSeconds)) {
      return fail("elapsedSeconds must be a non-negative whole number");
    }
    elapsedSeconds = Number(value.elapsedSeconds);
  }
  return {
    ok: true,
    link: {
      deviceLinkBase,
      deviceLinkType,
      ...(elapsedSeconds === undefined ? {} : { elapsedSeconds }),
      sessionToken: value.sessionToken,
      sessionType: "auth",
      version: "1.0",
      lang: value.lang,
      authCode: value.authCode,
      unprotected: link.slice(0, link.lastIndexOf("&authCode=")),
    },
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.search === "" && url.hash === "";
  } catch {
    return false;
  }
}
