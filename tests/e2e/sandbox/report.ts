import type { ObservationRecord } from "./observation";
import { describeTarget, type SandboxTarget } from "./target";

/**
 * The smoke run's report, test-results/sandbox-report.md: Markdown a person can paste into a bug report. Pure: the
 * reporter (reporter.ts) gathers what each test recorded and hands it here.
 */

export type Outcome = "passed" | "failed" | "timedOut" | "skipped" | "interrupted";

export interface TestEntry {
  title: string;
  /** A test of the smoke run's own judgement (checks.spec.ts), not of the gateway. */
  selfCheck: boolean;
  outcome: Outcome;
  /** Why it was skipped, when it was. */
  skipReason?: string;
  /** First lines of the errors it stopped with (already redacted). */
  errors: string[];
  /** What the test recorded, when it is a test of the gateway (self-checks have none). */
  observation?: ObservationRecord;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  passed: "passed",
  failed: "FAILED",
  timedOut: "FAILED (timed out)",
  skipped: "skipped",
  interrupted: "interrupted",
};

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** What went wrong in a test, in the order a reader needs it: failed assumptions, then any error they do not explain. */
function problemsOf(entry: TestEntry): string[] {
  const failures = entry.observation?.failures ?? [];
  if (entry.outcome === "passed" || entry.outcome === "skipped") return failures;
  const unexplained = entry.errors.filter((error) => !failures.some((failure) => error.includes(failure)));
  // A failed `settle()` only restates the failures; any other error is news.
  const news = unexplained.filter((error) => !error.includes("assumptions about the gateway that failed"));
  return [...failures, ...news.map((error) => `stopped with an error: ${error}`)];
}

export function renderReport(input: {
  target: SandboxTarget;
  startedAt: Date;
  durationMs: number;
  /** Errors outside any test (a server that would not start, a broken test file). */
  runErrors: string[];
  entries: TestEntry[];
}): string {
  const { target, entries } = input;
  const gatewayTests = entries.filter((entry) => !entry.selfCheck);
  const selfChecks = entries.filter((entry) => entry.selfCheck);
  const count = (outcomes: Outcome[]) => entries.filter((entry) => outcomes.includes(entry.outcome)).length;

  const lines: string[] = ["# Sandbox smoke report", "", `- Ran against: **${describeTarget(target)}**`];
  if (target.configured) {
    lines.push(
      `- Gateway host: \`${target.gatewayHost}\``,
      `- Portal: \`${target.portalOrigin}\`, its embedded emulator off (EMULATOR=off)`,
      `- Device links over http: ${target.allowHttpDeviceLinks ? "accepted (the gateway is a local stand-in)" : "refused (https only)"}`,
      `- Classic demo account: ${target.classicAccount ? `${target.classicAccount.country}, personal code withheld` : "none set (SANDBOX_CLASSIC_COUNTRY, SANDBOX_CLASSIC_CODE)"}`,
    );
  }
  lines.push(
    `- Started: ${input.startedAt.toISOString()}, took ${seconds(Math.round(input.durationMs))}`,
    `- Tests: ${count(["passed"])} passed, ${count(["failed", "timedOut", "interrupted"])} failed, ${count(["skipped"])} skipped`,
    "",
    "## Assumptions that failed",
    "",
  );
  const allProblems = gatewayTests.flatMap((entry) =>
    problemsOf(entry).map((problem) => `- ${entry.title}: ${problem}`),
  );
  const selfCheckProblems = selfChecks
    .filter((entry) => entry.outcome !== "passed" && entry.outcome !== "skipped")
    .map((entry) => `- self-check "${entry.title}" failed: ${entry.errors[0] ?? "no error text"}`);
  const runProblems = input.runErrors.map((error) => `- the run itself: ${error}`);
  const problems = [...runProblems, ...allProblems, ...selfCheckProblems];
  lines.push(...(problems.length > 0 ? problems : ["None."]), "");

  for (const entry of gatewayTests) {
    lines.push(`## ${entry.title}`, "", `- Outcome: ${OUTCOME_WORDS[entry.outcome]}`);
    if (entry.outcome === "skipped") {
      lines.push(`- Skipped because: ${entry.skipReason ?? "no reason given"}`, "");
      continue;
    }
    const observation = entry.observation;
    lines.push(`- Reached the gateway's page: ${observation?.reached ? `yes, ${observation.reached}` : "no"}`);
    if (observation && observation.facts.length > 0) {
      lines.push("- Seen:", ...observation.facts.map((fact) => `  - ${fact}`));
    }
    if (observation && observation.timings.length > 0) {
      lines.push("- Timings:", ...observation.timings.map((timing) => `  - ${timing.label}: ${seconds(timing.ms)}`));
    }
    const entryProblems = problemsOf(entry);
    lines.push(
      entryProblems.length > 0 ? "- Failed assumptions:" : "- Failed assumptions: none",
      ...entryProblems.map((problem) => `  - ${problem}`),
      "",
    );
  }

  if (selfChecks.length > 0) {
    const passed = selfChecks.filter((entry) => entry.outcome === "passed").length;
    lines.push(
      "## Self-checks",
      "",
      `The smoke run's own judgement, tried on links made up for the purpose: ${passed} of ${selfChecks.length} passed.`,
      "",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
