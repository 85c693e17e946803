import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { describeTarget, sandboxTarget } from "./tests/e2e/sandbox/target";

/**
 * `npm run test:sandbox`: a smoke run of the portal against Dokobit's real sandbox (or any gateway named by
 * GATEWAY_URL). It needs GATEWAY_URL and GATEWAY_ACCESS_TOKEN; without them it skips with one line. It starts the
 * *built* portal (`npx next build` first) with those variables and the emulator off, and writes
 * test-results/sandbox-report.md (tests/e2e/sandbox/reporter.ts).
 *
 * SANDBOX_STAND_IN=1 (CI) tests against a stand-in instead: a second `next start` whose embedded emulator plays the
 * gateway, with the portal still at EMULATOR=off, exactly as against the real sandbox.
 *
 * SANDBOX_MANUAL=1 opens a visible browser and waits for a person to finish signing in with the Smart-ID demo app.
 */

const target = sandboxTarget();
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

if (!target.configured) {
  console.info("Sandbox smoke skipped: set GATEWAY_URL and GATEWAY_ACCESS_TOKEN (see README, Using the real sandbox).");
} else {
  console.info(`Sandbox smoke against ${describeTarget(target)}`);
}

// Sessions of a smoke run need not outlive it: a fresh secret per run unless one is given.
const authSecret = process.env.AUTH_SECRET ?? randomBytes(33).toString("base64");

const portal = {
  command: `npx next start -p ${target.portalPort}`,
  url: `${target.portalOrigin}/`,
  env: {
    NODE_ENV: "production",
    PORT: String(target.portalPort),
    GATEWAY_URL: target.gatewayUrl,
    GATEWAY_ACCESS_TOKEN: target.gatewayAccessToken,
    EMULATOR: "off",
    AUTH_SECRET: authSecret,
    SIGN_IN_REDIRECT_DELAY_MS: "300",
  },
  reuseExistingServer: false,
  timeout: 60_000,
};

/** The emulator standing in for the sandbox: its own server, its own token, its own public address. */
const standIn = {
  command: `npx next start -p ${target.standInPort}`,
  url: `http://127.0.0.1:${target.standInPort}/`,
  env: {
    NODE_ENV: "production",
    PORT: String(target.standInPort),
    // Whatever the shell says, this server is a gateway, not a portal of one.
    GATEWAY_URL: "",
    GATEWAY_ACCESS_TOKEN: "",
    EMULATOR: "on",
    EMULATOR_ACCESS_TOKEN: target.gatewayAccessToken,
    EMULATOR_PUBLIC_URL: `http://127.0.0.1:${target.standInPort}/emulator`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
  },
  reuseExistingServer: false,
  timeout: 60_000,
};

export default defineConfig({
  testDir: "tests/e2e/sandbox",
  // Its own folder, so that a sandbox run does not wipe what the main suite left in test-results/.
  outputDir: "test-results/sandbox",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: target.manual ? 10 * 60_000 : 60_000,
  expect: { timeout: 20_000 },
  reporter: [
    ["list"],
    ["./tests/e2e/sandbox/reporter.ts"],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["json"] as ["json"]] : []),
  ],
  use: {
    baseURL: target.portalOrigin,
    headless: !target.manual,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "sandbox", use: { ...devices["Desktop Chrome"], headless: !target.manual } }],
  webServer: !target.configured ? undefined : target.standInStartedHere ? [standIn, portal] : [portal],
});
