import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { portalUrl } from "./tests/e2e-multi/support/cluster";

/**
 * `npm run test:multi`: the built app as several instances behind a real load balancer — redis-server, two
 * `next start` sharing it, nginx round robin in front (tests/e2e-multi/global-setup.ts starts them, the teardown
 * stops them). Needs `npx next build` first, and Debian's redis-server and nginx. Ports from MULTI_PORT (default
 * 3200): nginx there, the instances on the next two, Redis on the third.
 *
 * The files run one at a time in the order of their names; the last one stops and starts Redis.
 */

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e-multi",
  outputDir: "test-results/multi",
  globalSetup: "./tests/e2e-multi/global-setup.ts",
  globalTeardown: "./tests/e2e-multi/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: portalUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "multi", use: { ...devices["Desktop Chrome"] } }],
});
