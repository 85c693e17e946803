import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestError,
  TestResult,
} from "@playwright/test/reporter";
import { OBSERVATION_ATTACHMENT, type ObservationRecord } from "./observation";
import { redact } from "./redact";
import { renderReport, type TestEntry } from "./report";
import { sandboxTarget } from "./target";

/**
 * Writes test-results/sandbox-report.md at the end of every sandbox run, whatever happened in it. A reporter runs in
 * Playwright's main process, so it outlives failing tests and the workers they take down with them.
 */

export const REPORT_PATH = join("test-results", "sandbox-report.md");

/** Colour codes in Playwright's error messages. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function firstLines(text: string, count: number): string {
  return text
    .replace(ANSI, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, count)
    .join(" / ");
}

function observationOf(result: TestResult): ObservationRecord | undefined {
  const attachment = result.attachments.find((item) => item.name === OBSERVATION_ATTACHMENT && item.body);
  if (!attachment?.body) return undefined;
  try {
    return JSON.parse(attachment.body.toString("utf8")) as ObservationRecord;
  } catch {
    return undefined;
  }
}

export default class SandboxReportReporter implements Reporter {
  private readonly target = sandboxTarget();
  private readonly startedAt = new Date();
  private root = process.cwd();
  private tests: TestCase[] = [];
  private readonly results = new Map<TestCase, TestResult>();
  /** Errors outside any test, e.g. a server that would not start. */
  private readonly runErrors: string[] = [];
  // Values no report may contain, whatever error text they turn up in.
  private readonly secrets = [process.env.GATEWAY_ACCESS_TOKEN ?? "", process.env.SANDBOX_CLASSIC_CODE?.trim() ?? ""];

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.root = config.configFile ? dirname(config.configFile) : config.rootDir;
    this.tests = suite.allTests();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.results.set(test, result);
  }

  onError(error: TestError): void {
    this.runErrors.push(redact(firstLines(error.message ?? error.value ?? "", 3), this.secrets));
  }

  onEnd(result: FullResult): void {
    // `--list` (or a filter matching nothing) runs no test and fails nothing: there is nothing to report.
    if (this.results.size === 0 && this.runErrors.length === 0 && result.status === "passed") return;
    const entries: TestEntry[] = this.tests.map((test) => this.entryFor(test));
    const report = renderReport({
      target: this.target,
      startedAt: this.startedAt,
      durationMs: result.duration,
      runErrors: this.runErrors,
      entries,
    });
    const path = join(this.root, REPORT_PATH);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, redact(report, this.secrets));
    const against = !this.target.configured
      ? "nothing"
      : this.target.standIn
        ? `a stand-in at ${this.target.gatewayHost}`
        : this.target.gatewayHost;
    console.info(`Sandbox smoke report (against ${against}): ${REPORT_PATH}`);
  }

  private entryFor(test: TestCase): TestEntry {
    const result = this.results.get(test);
    const title = test.title;
    const selfCheck = basename(test.location.file) === "checks.spec.ts";
    if (!result) return { title, selfCheck, outcome: "interrupted", errors: ["did not run to the end"] };
    const skip = [...result.annotations, ...test.annotations].find((annotation) => annotation.type === "skip");
    const observation = observationOf(result);
    return {
      title,
      selfCheck,
      outcome: result.status,
      ...(skip?.description ? { skipReason: skip.description } : {}),
      errors: result.errors.map((error) => redact(firstLines(error.message ?? error.value ?? "", 3), this.secrets)),
      ...(observation ? { observation } : {}),
    };
  }
}
