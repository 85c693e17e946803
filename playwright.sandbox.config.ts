import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * `npm run test:sandbox`: a smoke run of the portal against Dokobit's real sandbox (or any gateway named by
 * GATEWAY_URL). It needs GATEWAY_URL and GATEWAY_ACCESS_TOKEN; without them it skips with one line. It starts the
 * *built* portal (`npx next build` first) with those variables and the emulator off.
 *
 * SANDBOX_MANUAL=1 opens a visible browser and waits for a person to finish signing in with the Smart-ID demo app.
 */

const configured = Boolean(process.env.GATEWAY_URL && process.env.GATEWAY_ACCESS_TOKEN);
const manual = process.env.SANDBOX_MANUAL === "1";
const port = Number(process.env.SANDBOX_PORT ?? 3000);
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

if (!configured) {
  console.info("Sandbox smoke skipped: set GATEWAY_URL and GATEWAY_ACCESS_TOKEN (see README, Using the real sandbox).");
}

export default defineConfig({
  testDir: "tests/e2e/sandbox",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: manual ? 10 * 60_000 : 60_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: !manual,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "sandbox", use: { ...devices["Desktop Chrome"], headless: !manual } }],
  webServer: configured
    ? {
        command: `npx next start -p ${port}`,
        url: `http://localhost:${port}/`,
        env: {
          NODE_ENV: "production",
          PORT: String(port),
          GATEWAY_URL: process.env.GATEWAY_URL ?? "",
          GATEWAY_ACCESS_TOKEN: process.env.GATEWAY_ACCESS_TOKEN ?? "",
          EMULATOR: "off",
          // A fresh secret per run unless one is given: sessions of a smoke run need not outlive it.
          AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
          SIGN_IN_REDIRECT_DELAY_MS: "300",
        },
        reuseExistingServer: false,
        timeout: 60_000,
      }
    : undefined,
});
