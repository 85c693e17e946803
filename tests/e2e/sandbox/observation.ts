import { test as base, expect } from "@playwright/test";
import { redact } from "./redact";

/**
 * What one smoke test saw on the gateway, for the report (report.ts). Each test gets an `observe` fixture; whatever
 * it recorded is attached to the test's result when the fixture is torn down — after a pass, a failed check or a
 * timeout alike — and the report reporter (reporter.ts), which runs in Playwright's main process, collects it. So
 * the report survives a failing test and the fresh worker Playwright starts after one.
 *
 * Everything is redacted as it is recorded: secret values seen during the test (device-link tokens, authCodes) are
 * registered with `secret()` and never leave the worker.
 */

export const OBSERVATION_ATTACHMENT = "sandbox-observation";

export interface Timing {
  label: string;
  ms: number;
}

export interface ObservationRecord {
  /** Where the browser arrived on the gateway (redacted), or undefined when it never got there. */
  reached?: string;
  facts: string[];
  timings: Timing[];
  /** Assumptions about the real gateway that did not hold, in plain words. */
  failures: string[];
}

export class Observation {
  private readonly secrets = new Set<string>();
  readonly record: ObservationRecord = { facts: [], timings: [], failures: [] };

  constructor(extraSecrets: string[] = []) {
    for (const value of extraSecrets) this.secret(value);
  }

  /** Values that must never appear in the report. */
  secret(...values: (string | undefined)[]): void {
    for (const value of values) if (value) this.secrets.add(value);
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }

  reached(where: string): void {
    this.record.reached = this.redact(where);
  }

  fact(text: string): void {
    this.record.facts.push(this.redact(text));
  }

  timing(label: string, ms: number): void {
    this.record.timings.push({ label, ms: Math.round(ms) });
  }

  /** Records an assumption that failed; the test goes on, to see as much as it can, and fails at `settle()`. */
  fail(text: string): void {
    const failure = this.redact(text);
    // The same finding on a second reading adds nothing.
    if (!this.record.failures.includes(failure)) this.record.failures.push(failure);
  }

  /** `ok`, recording `failure` when it is false. */
  check(ok: boolean, failure: string): boolean {
    if (!ok) this.fail(failure);
    return ok;
  }

  /** Records a failed assumption that leaves nothing more to look at; the caller throws what it returns. */
  fatal(text: string): Error {
    this.fail(text);
    return new Error(this.redact(text));
  }

  /** Ends a test: it fails when any assumption did, listing them. */
  settle(): void {
    expect(this.record.failures, "assumptions about the gateway that failed").toEqual([]);
  }
}

export const test = base.extend<{ observe: Observation }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  observe: async ({}, use, testInfo) => {
    // The integrator's token and a person's own demo account never belong in a report.
    const observation = new Observation([
      process.env.GATEWAY_ACCESS_TOKEN ?? "",
      process.env.SANDBOX_CLASSIC_CODE?.trim() ?? "",
    ]);
    await use(observation);
    await testInfo.attach(OBSERVATION_ATTACHMENT, {
      body: JSON.stringify(observation.record),
      contentType: "application/json",
    });
  },
});

export { expect };
