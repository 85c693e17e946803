import {
  type ParsedDeviceLink,
  parseDeviceLink,
  QR_LINK_PARAMETERS,
  SAME_DEVICE_LINK_PARAMETERS,
} from "../../../lib/shared/smartid/device-link-parser";
import { isSmartIdLang, SMART_ID_LANGS } from "../../../lib/shared/smartid/lang";

/**
 * Judging a device link seen on the gateway's page against Smart-ID v3 (lib/shared/smartid/smart-id-v3.md, "Device
 * links"). The verdict is the project's own parser, the one the emulator's virtual app uses; the separate checks
 * below only put a failure in plain words (which parameter, what order), so that a report names what differs
 * instead of the parser's first complaint. Pure: strings in, facts and failures out; secret values are returned
 * for redaction and never appear in the facts.
 */

export type ExpectedLink = "QR" | "same-device";

export interface DeviceLinkVerdict {
  parsed?: ParsedDeviceLink;
  /** What the link shows, safe to report: no token or authCode values. */
  facts: string[];
  /** Assumptions that failed, in plain words. */
  failures: string[];
  /** Values the report must withhold. */
  secrets: string[];
}

const KNOWN_LANGS = Object.values(SMART_ID_LANGS).join(", ");

/** The link's parameters as written (name, value), without decoding: a device link is signed text. */
function rawParameters(link: string): Array<[string, string]> {
  const question = link.indexOf("?");
  if (question < 0) return [];
  return link
    .slice(question + 1)
    .split("&")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, ""] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/** A short, printable rendering of a harmless value (deviceLinkType, version…), so odd input cannot flood a report. */
function shown(value: string | undefined): string {
  if (value === undefined) return "(absent)";
  const printable = value.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 16 ? `${printable.slice(0, 16)}…` : printable;
}

export function checkDeviceLink(
  link: string,
  expected: ExpectedLink,
  options: { allowHttp: boolean },
): DeviceLinkVerdict {
  const facts: string[] = [];
  const failures: string[] = [];
  const pairs = rawParameters(link);
  const values = new Map(pairs);
  const secrets = [values.get("sessionToken"), values.get("authCode")].filter((value): value is string =>
    Boolean(value),
  );

  // The base: https, ending in /device-link.
  const question = link.indexOf("?");
  const base = question < 0 ? link : link.slice(0, question);
  let baseUrl: URL | undefined;
  try {
    baseUrl = new URL(base);
  } catch {
    failures.push("the device link does not start with a web address");
  }
  if (baseUrl) {
    facts.push(`base: ${baseUrl.protocol}//${baseUrl.host}${baseUrl.pathname}`);
    const secure = baseUrl.protocol === "https:" || (options.allowHttp && baseUrl.protocol === "http:");
    if (!secure) {
      const hint = baseUrl.protocol === "http:" ? " (http is accepted only from a local stand-in)" : "";
      failures.push(`the device link is not https: it starts with ${baseUrl.protocol}//${hint}`);
    }
    if (!/\/device-link$/.test(baseUrl.pathname)) {
      failures.push(`the device link's path is ${baseUrl.pathname}, not …/device-link`);
    }
  }

  // The parameters, in the one order the spec allows for this kind of link.
  const type = values.get("deviceLinkType");
  const names = pairs.map(([name]) => name);
  facts.push(`parameters, in order: ${names.map(shown).join(", ") || "(none)"}`);
  const wanted = (type ?? (expected === "QR" ? "QR" : "")) === "QR" ? QR_LINK_PARAMETERS : SAME_DEVICE_LINK_PARAMETERS;
  if (names.join("&") !== wanted.join("&")) {
    failures.push(`the parameter order differs: saw ${names.map(shown).join(", ")}; expected ${wanted.join(", ")}`);
  }

  facts.push(
    `deviceLinkType=${shown(type)}, sessionType=${shown(values.get("sessionType"))}, version=${shown(values.get("version"))}, lang=${shown(values.get("lang"))}`,
  );
  if (expected === "QR" && type !== "QR") failures.push(`deviceLinkType is ${shown(type)}, expected QR`);
  if (expected === "same-device" && type !== "Web2App" && type !== "App2App") {
    failures.push(`deviceLinkType is ${shown(type)}, expected Web2App or App2App`);
  }
  if (values.get("sessionType") !== "auth")
    failures.push(`sessionType is ${shown(values.get("sessionType"))}, not auth`);
  if (values.get("version") !== "1.0") failures.push(`version is ${shown(values.get("version"))}, not 1.0`);
  const lang = values.get("lang") ?? "";
  if (!isSmartIdLang(lang)) failures.push(`lang is ${shown(lang)}, not one of ${KNOWN_LANGS}`);
  if (type === "QR") facts.push(`elapsedSeconds=${shown(values.get("elapsedSeconds"))}`);

  const sessionToken = values.get("sessionToken") ?? "";
  facts.push(`sessionToken: ${sessionToken.length} characters (withheld)`);
  const authCode = values.get("authCode") ?? "";
  const authCodeShape = /^[A-Za-z0-9_-]{43}$/.test(authCode);
  facts.push(`authCode: ${authCode.length} characters, ${authCodeShape ? "base64url" : "not 43 base64url"} (withheld)`);
  if (!authCodeShape) failures.push(`the authCode is not 43 base64url characters (it has ${authCode.length})`);

  const parsed = parseDeviceLink(link);
  if (!parsed.ok) failures.push(`the project's device-link parser refuses it: ${parsed.reason}`);
  return { ...(parsed.ok ? { parsed: parsed.link } : {}), facts, failures, secrets };
}

export interface QrComparison {
  facts: string[];
  failures: string[];
}

/** Two readings of the QR code `gapMs` apart: a fresh link is made every second, so both must have moved on. */
export function compareQrReadings(first: ParsedDeviceLink, second: ParsedDeviceLink, gapMs: number): QrComparison {
  const facts: string[] = [];
  const failures: string[] = [];
  const gap = `${(gapMs / 1000).toFixed(2)} s`;
  const before = first.elapsedSeconds ?? Number.NaN;
  const after = second.elapsedSeconds ?? Number.NaN;
  facts.push(`two readings ${gap} apart: elapsedSeconds ${before} → ${after}`);
  facts.push(`authCode changed between them: ${first.authCode !== second.authCode ? "yes" : "no"}`);
  facts.push(`sessionToken the same in both: ${first.sessionToken === second.sessionToken ? "yes" : "no"}`);
  if (!(after > before))
    failures.push(`elapsedSeconds did not grow between two readings ${gap} apart (${before} → ${after})`);
  if (first.authCode === second.authCode)
    failures.push(`the authCode did not change between two readings ${gap} apart`);
  return { facts, failures };
}
