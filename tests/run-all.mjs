#!/usr/bin/env node
// `npm test`: builds the app (unless TEST_SKIP_BUILD=1, for CI that has just built it), runs the unit tests and the
// end-to-end tests, and ends with one plain line `N passed, N failed` summed over both suites, so a run that found
// no tests is visible. With SANDBOX_STAND_IN=1 (CI) it also runs the sandbox smoke (`npm run test:sandbox`) against
// a stand-in for the gateway, and sums it in too. Where Debian's redis-server and nginx are installed it runs the
// multi-instance suite (`npm run test:multi`) as well; elsewhere it says in one line that it skipped it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reports = mkdtempSync(join(tmpdir(), "portal-tests-"));
const vitestReport = join(reports, "vitest.json");
const playwrightReport = join(reports, "playwright.json");
const sandboxReport = join(reports, "sandbox.json");
const multiReport = join(reports, "multi.json");
const withSandbox = process.env.SANDBOX_STAND_IN === "1";

// The binaries the multi-instance suite starts (tests/e2e-multi/support/cluster.ts looks them up the same way);
// Debian puts nginx in /usr/sbin, which is not on every user's PATH.
const redisServer = process.env.REDIS_SERVER_BIN ?? "redis-server";
const nginx = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
const installed = (command, args) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const withMulti = installed(redisServer, ["--version"]) && installed(nginx, ["-v"]);

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function readJson(path) {
  try {
    return JSON.parse(readText(path));
  } catch {
    return undefined;
  }
}

if (process.env.TEST_SKIP_BUILD !== "1") {
  const status = run("npx", ["next", "build"]);
  if (status !== 0) {
    console.info("0 passed, 1 failed");
    process.exit(1);
  }
}

const unitStatus = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
const e2eStatus = run("npx", ["playwright", "test", "--project=e2e"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});

// The smoke run's own report must be written, and must say what it ran against: a stale one does not count.
const smokeReport = join("test-results", "sandbox-report.md");
if (withSandbox) rmSync(smokeReport, { force: true });
const sandboxStatus = withSandbox
  ? run("npx", ["playwright", "test", "--config", "playwright.sandbox.config.ts"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: sandboxReport,
    })
  : 0;
const smokeReportMissing = withSandbox && !readText(smokeReport).includes("a stand-in, NOT the real sandbox");
if (smokeReportMissing) console.info(`\n${smokeReport} is missing or does not say it ran against a stand-in`);

if (!withMulti) console.info("\nmulti-instance suite skipped: redis-server or nginx is not installed");
const multiStatus = withMulti
  ? run("npx", ["playwright", "test", "--config", "playwright.multi.config.ts"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: multiReport,
      REDIS_SERVER_BIN: redisServer,
      NGINX_BIN: nginx,
    })
  : 0;

/** Passed, failed and skipped of a Playwright JSON report; a missing report counts as one failure. */
function playwrightCounts(report) {
  return {
    passed: (report?.stats?.expected ?? 0) + (report?.stats?.flaky ?? 0),
    failed: report ? (report.stats?.unexpected ?? 0) : 1,
    skipped: report?.stats?.skipped ?? 0,
  };
}

const unit = readJson(vitestReport);
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;

const { passed: e2ePassed, failed: e2eFailed, skipped: e2eSkipped } = playwrightCounts(readJson(playwrightReport));
const none = { passed: 0, failed: 0, skipped: 0 };
const sandbox = withSandbox ? playwrightCounts(readJson(sandboxReport)) : none;
const multi = withMulti ? playwrightCounts(readJson(multiReport)) : none;

rmSync(reports, { recursive: true, force: true });

const passed = unitPassed + e2ePassed + sandbox.passed + multi.passed;
// A suite that could not report (crashed before writing results) counts as a failure, never as silence.
const failed =
  unitFailed +
  e2eFailed +
  sandbox.failed +
  multi.failed +
  (unitStatus !== 0 && unitFailed === 0 ? 1 : 0) +
  (e2eStatus !== 0 && e2eFailed === 0 ? 1 : 0) +
  (sandboxStatus !== 0 && sandbox.failed === 0 ? 1 : 0) +
  (multiStatus !== 0 && multi.failed === 0 ? 1 : 0) +
  (smokeReportMissing ? 1 : 0);
const sandboxLine = withSandbox
  ? `; sandbox smoke (stand-in): ${sandbox.passed} passed, ${sandbox.failed} failed, ${sandbox.skipped} skipped`
  : "";
const multiLine = withMulti
  ? `; multi-instance: ${multi.passed} passed, ${multi.failed} failed, ${multi.skipped} skipped`
  : "";
console.info(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed; end-to-end: ${e2ePassed} passed, ${e2eFailed} failed, ${e2eSkipped} skipped${sandboxLine}${multiLine}`,
);
console.info(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
