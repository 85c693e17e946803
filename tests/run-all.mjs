#!/usr/bin/env node
// `npm test`: builds the app (unless TEST_SKIP_BUILD=1, for CI that has just built it), runs the unit tests and the
// end-to-end tests, and ends with one plain line `N passed, N failed` summed over both suites, so a run that found
// no tests is visible.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reports = mkdtempSync(join(tmpdir(), "portal-tests-"));
const vitestReport = join(reports, "vitest.json");
const playwrightReport = join(reports, "playwright.json");

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
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

const unit = readJson(vitestReport);
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;

const e2e = readJson(playwrightReport);
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const e2eFailed = e2e ? (e2e.stats?.unexpected ?? 0) : 1;
const e2eSkipped = e2e?.stats?.skipped ?? 0;

rmSync(reports, { recursive: true, force: true });

const passed = unitPassed + e2ePassed;
// A suite that could not report (crashed before writing results) counts as a failure, never as silence.
const failed =
  unitFailed +
  e2eFailed +
  (unitStatus !== 0 && unitFailed === 0 ? 1 : 0) +
  (e2eStatus !== 0 && e2eFailed === 0 ? 1 : 0);
console.info(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed; end-to-end: ${e2ePassed} passed, ${e2eFailed} failed, ${e2eSkipped} skipped`,
);
console.info(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
