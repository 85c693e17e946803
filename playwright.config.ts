import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { accessToken, authSecret, offPort, port } from "./tests/e2e/support/servers";

/**
 * End-to-end tests run against the *built* app (`next start`), twice over: one server with the embedded emulator
 * (the portal and the gateway it talks to over HTTP) and one with EMULATOR=off. Ports are configurable so that
 * several checkouts can test side by side.
 *
 * The browser: Playwright's own Chromium where it is installed, otherwise Debian's (/usr/bin/chromium), or any
 * binary named by CHROMIUM_PATH.
 */

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const serverEnv = {
  NODE_ENV: "production",
  AUTH_SECRET: authSecret,
  // The embedded emulator's token; the portal, whose gateway it is, uses the same one.
  EMULATOR_ACCESS_TOKEN: accessToken,
  SIGN_IN_REDIRECT_DELAY_MS: "300",
  GATEWAY_TIMEOUT_MS: "3000",
  EMULATOR_APPROVAL_TIMEOUT_SECONDS: "8",
  // Every test comes from this one machine: the per-client limits are tested on servers of their own
  // (tests/e2e/hostile/defences.spec.ts), and here they must not stand in the way of the suite.
  SIGN_IN_RATE_LIMIT_PER_MINUTE: "10000",
  RETURN_RATE_LIMIT_PER_MINUTE: "10000",
  EMULATOR_RATE_LIMIT_PER_MINUTE: "100000",
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // The sandbox smoke run has its own configuration, playwright.sandbox.config.ts.
  projects: [{ name: "e2e", testIgnore: ["sandbox/**"], use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx next start -p ${port}`,
      url: `http://localhost:${port}/`,
      env: { ...serverEnv, PORT: String(port) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${offPort}`,
      url: `http://localhost:${offPort}/`,
      env: {
        ...serverEnv,
        PORT: String(offPort),
        EMULATOR: "off",
        GATEWAY_URL: `http://127.0.0.1:${port}/emulator`,
        GATEWAY_ACCESS_TOKEN: accessToken,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
