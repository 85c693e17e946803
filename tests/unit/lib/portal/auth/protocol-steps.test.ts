import { describe, expect, it } from "vitest";
import type { ExchangeRecord } from "@/lib/portal/auth/protocol";
import { buildProtocolSteps } from "@/lib/portal/auth/protocol-steps";

const START = Date.parse("2026-11-26T12:00:00Z");

const record = (step: ExchangeRecord["step"], at: number, took?: number): ExchangeRecord => ({
  step,
  startedAt: START + at,
  ...(took !== undefined ? { endedAt: START + at + took } : {}),
  httpStatus: 200,
  request: { method: "GET", path: `/${step}` },
});

const inProgress = [record("create", 0, 45), record("redirect", 1500)];
const finished = [...inProgress, record("return", 9000), record("status", 9010, 30), record("session", 9050)];

/** `name:state` of each step, in order. */
const outline = (steps: ReturnType<typeof buildProtocolSteps>) => steps.map((step) => `${step.name}:${step.state}`);

describe("the steps of the protocol diagram", () => {
  it("QR in progress: create and redirect seen, the gateway's page and the scan unseen, the rest pending", () => {
    const steps = buildProtocolSteps({ flow: "qr", records: inProgress, startedAt: START, finished: false });
    expect(outline(steps)).toEqual([
      "create:seen",
      "redirect:seen",
      "qrPage:unseen",
      "qrScan:unseen",
      "return:pending",
      "status:pending",
      "session:pending",
    ]);
  });

  it("draws each step between its lanes", () => {
    const steps = buildProtocolSteps({ flow: "qr", records: finished, startedAt: START, finished: true });
    const arrows = Object.fromEntries(steps.map((step) => [step.name, `${step.from}→${step.to}`]));
    expect(arrows).toEqual({
      create: "portal→gateway",
      redirect: "browser→gateway",
      qrPage: "gateway→browser",
      qrScan: "app→gateway",
      return: "gateway→portal",
      status: "portal→gateway",
      session: "portal→browser",
    });
  });

  it("times each seen step from the start, and how long a request took", () => {
    const steps = buildProtocolSteps({ flow: "qr", records: finished, startedAt: START, finished: true });
    const create = steps.find((step) => step.name === "create");
    const status = steps.find((step) => step.name === "status");
    const session = steps.find((step) => step.name === "session");
    expect(create).toMatchObject({ atMs: 0, durationMs: 45, record: finished[0] });
    expect(status).toMatchObject({ atMs: 9010, durationMs: 30 });
    expect(session?.atMs).toBe(9050);
    expect(session?.durationMs).toBeUndefined();
  });

  it("same device: the app2app hop is solid when the portal recorded it", () => {
    const records = [...inProgress, record("app2app", 8000), ...finished.slice(2)];
    const steps = buildProtocolSteps({ flow: "same-device", records, startedAt: START, finished: true });
    expect(outline(steps)).toEqual([
      "create:seen",
      "redirect:seen",
      "appOpen:unseen",
      "app2app:seen",
      "return:seen",
      "status:seen",
      "session:seen",
    ]);
    expect(steps.find((step) => step.name === "app2app")).toMatchObject({ from: "app", to: "portal" });
  });

  it("same device: without the app2app record it is pending while in progress, dashed once finished", () => {
    const pending = buildProtocolSteps({ flow: "same-device", records: inProgress, startedAt: START, finished: false });
    expect(pending.find((step) => step.name === "app2app")?.state).toBe("pending");
    const done = buildProtocolSteps({ flow: "same-device", records: finished, startedAt: START, finished: true });
    expect(done.find((step) => step.name === "app2app")?.state).toBe("unseen");
  });

  it("classic: the personal code and the four-digit code, both out of the portal's sight; no app2app", () => {
    const steps = buildProtocolSteps({ flow: "classic", records: finished, startedAt: START, finished: true });
    expect(outline(steps)).toEqual([
      "create:seen",
      "redirect:seen",
      "classicForm:unseen",
      "classicCode:unseen",
      "return:seen",
      "status:seen",
      "session:seen",
    ]);
  });

  it("a gateway that said 'waiting': every kept status read is its own arrow, with unique ids", () => {
    const records = [...finished.slice(0, 4), record("status", 10_500, 20), record("session", 10_600)];
    const steps = buildProtocolSteps({ flow: "qr", records, startedAt: START, finished: true });
    expect(outline(steps).filter((name) => name.startsWith("status"))).toEqual(["status:seen", "status:seen"]);
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
  });

  it("a finished sign-in with a step missing says it was not recorded, not that it is pending", () => {
    const steps = buildProtocolSteps({
      flow: "qr",
      records: [record("create", 0, 40)],
      startedAt: START,
      finished: true,
    });
    expect(steps.find((step) => step.name === "redirect")?.state).toBe("not-recorded");
    expect(steps.some((step) => step.state === "pending")).toBe(false);
  });

  it("with no records at all, still draws the whole flow", () => {
    const steps = buildProtocolSteps({ flow: "qr", records: [], startedAt: START, finished: false });
    expect(steps.map((step) => step.state)).toEqual([
      "pending",
      "pending",
      "unseen",
      "unseen",
      "pending",
      "pending",
      "pending",
    ]);
  });
});
