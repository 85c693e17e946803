/**
 * What the sandbox smoke run points at, read from the environment once and shared by playwright.sandbox.config.ts
 * (which starts the servers), the tests and the report. Everything here is a pure function of the environment, so the
 * runner and its workers, which each load it, agree.
 *
 * - The real sandbox (or any gateway): GATEWAY_URL and GATEWAY_ACCESS_TOKEN.
 * - A stand-in: SANDBOX_STAND_IN=1 starts a second `next start` whose emulator plays the gateway, and points the
 *   portal at it (GATEWAY_URL and GATEWAY_ACCESS_TOKEN are then ignored). A GATEWAY_URL whose path is `/emulator`
 *   (someone's own emulator) is a stand-in too.
 */

export type Flow = "qr" | "same-device" | "classic";

export interface ClassicAccount {
  country: string;
  code: string;
}

export interface SandboxTarget {
  /** False when there is nothing to test against: every browser test skips. */
  configured: boolean;
  manual: boolean;
  manualFlow: Flow;
  portalPort: number;
  portalOrigin: string;
  gatewayUrl: string;
  gatewayAccessToken: string;
  /** "" when not configured. */
  gatewayOrigin: string;
  gatewayHost: string;
  /** Our own emulator standing in for the gateway, not Dokobit's. */
  standIn: boolean;
  /** This run starts the stand-in itself (SANDBOX_STAND_IN=1). */
  standInStartedHere: boolean;
  standInPort: number;
  /**
   * Device links may use http instead of https. Only ever true for a stand-in on this machine (our emulator serves
   * its virtual app over plain http); against any other gateway an http link is a finding.
   */
  allowHttpDeviceLinks: boolean;
  /** A demo account for the classic flow, or undefined: that test then skips. */
  classicAccount?: ClassicAccount;
}

/** The stand-in's access token: it lives on 127.0.0.1 for one run, so a fixed value is enough (not the public dev token). */
export const STAND_IN_ACCESS_TOKEN = "sandbox-stand-in-access-token-0123456789";
/** SK's demo identity that the emulator signs in with the classic flow (README, "The hosted page"). */
const STAND_IN_CLASSIC_ACCOUNT: ClassicAccount = { country: "EE", code: "40404040009" };

const FLOWS: readonly Flow[] = ["qr", "same-device", "classic"];

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

function originOf(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function sandboxTarget(source: Record<string, string | undefined> = process.env): SandboxTarget {
  const portalPort = Number(source.SANDBOX_PORT ?? 3000);
  const standInPort = Number(source.SANDBOX_STAND_IN_PORT ?? portalPort + 1);
  const standInStartedHere = source.SANDBOX_STAND_IN === "1";
  const gatewayUrl = standInStartedHere ? `http://127.0.0.1:${standInPort}/emulator` : (source.GATEWAY_URL ?? "");
  const gatewayAccessToken = standInStartedHere ? STAND_IN_ACCESS_TOKEN : (source.GATEWAY_ACCESS_TOKEN ?? "");
  const parsed = originOf(gatewayUrl);
  const configured = Boolean(parsed && gatewayAccessToken);
  const standIn = standInStartedHere || parsed?.pathname.replace(/\/+$/, "") === "/emulator";

  const country = source.SANDBOX_CLASSIC_COUNTRY?.trim();
  const code = source.SANDBOX_CLASSIC_CODE?.trim();
  const classicAccount =
    country && code ? { country: country.toUpperCase(), code } : standIn ? STAND_IN_CLASSIC_ACCOUNT : undefined;
  const manualFlow = FLOWS.find((flow) => flow === source.SANDBOX_FLOW) ?? "qr";

  return {
    configured,
    manual: source.SANDBOX_MANUAL === "1",
    manualFlow,
    portalPort,
    portalOrigin: `http://localhost:${portalPort}`,
    gatewayUrl,
    gatewayAccessToken,
    gatewayOrigin: parsed?.origin ?? "",
    gatewayHost: parsed?.host ?? "",
    standIn,
    standInStartedHere,
    standInPort,
    allowHttpDeviceLinks: standIn && parsed !== undefined && isLoopback(parsed.hostname),
    ...(classicAccount ? { classicAccount } : {}),
  };
}

/**
 * One line for the report and the console: what this run was pointed at. tests/run-all.mjs looks for "a stand-in,
 * NOT the real sandbox" in the report of a CI run.
 */
export function describeTarget(target: SandboxTarget): string {
  if (!target.configured) return "nothing: GATEWAY_URL and GATEWAY_ACCESS_TOKEN are not set";
  if (target.standInStartedHere) {
    return `a stand-in, NOT the real sandbox: our own emulator at ${target.gatewayHost}, started by this run (SANDBOX_STAND_IN=1)`;
  }
  if (target.standIn) return `a stand-in, NOT the real sandbox: our own emulator at ${target.gatewayHost}`;
  if (target.gatewayHost === "id-sandbox.dokobit.com") return `the real sandbox, ${target.gatewayHost}`;
  return `a gateway at ${target.gatewayHost} (not our emulator)`;
}
