import type { Flow } from "./flows";
import type { ExchangeRecord, RecordedStep } from "./protocol";

/**
 * The steps of the protocol view's sequence diagram, built from the portal's records of one sign-in (pure, so the
 * drawing's logic is tested on its own). Four lanes; every exchange the portal made or saw is a solid arrow carrying
 * its record; what happens at the gateway and in the Smart-ID app, out of the portal's sight, is a dashed arrow with
 * a note, and depends on the flow; an exchange that has not happened yet is pending.
 */

export const LANES = ["browser", "portal", "gateway", "app"] as const;
export type Lane = (typeof LANES)[number];

/** What the portal cannot see, one per flow stage (its text is in the `protocol` catalogue namespace). */
export const UNSEEN_STEPS = ["qrPage", "qrScan", "appOpen", "classicForm", "classicCode"] as const;
export type UnseenStep = (typeof UNSEEN_STEPS)[number];
export type StepName = RecordedStep | UnseenStep;

export type StepState =
  /** Recorded: the portal made or saw this exchange. */
  | "seen"
  /** Out of the portal's sight: drawn dashed with a note. */
  | "unseen"
  /** Not happened yet (a sign-in in progress). */
  | "pending"
  /** Should have been recorded but was not (a sign-in finished before the portal kept records of this step). */
  | "not-recorded";

export interface DiagramStep {
  /** Unique within the diagram (a status read may happen more than once). */
  id: string;
  name: StepName;
  from: Lane;
  to: Lane;
  state: StepState;
  /** Set for seen steps. */
  record?: ExchangeRecord;
  /** Milliseconds from the start of the sign-in, for seen steps. */
  atMs?: number;
  /** How long a request took, for requests the portal made (create, status). */
  durationMs?: number;
}

const ARROWS: Record<StepName, { from: Lane; to: Lane }> = {
  create: { from: "portal", to: "gateway" },
  redirect: { from: "browser", to: "gateway" },
  qrPage: { from: "gateway", to: "browser" },
  qrScan: { from: "app", to: "gateway" },
  appOpen: { from: "gateway", to: "app" },
  classicForm: { from: "browser", to: "gateway" },
  classicCode: { from: "gateway", to: "app" },
  app2app: { from: "app", to: "portal" },
  return: { from: "gateway", to: "portal" },
  status: { from: "portal", to: "gateway" },
  session: { from: "portal", to: "browser" },
};

/** What happens out of the portal's sight, between the redirect and the return, in each flow. */
const UNSEEN: Record<Flow, UnseenStep[]> = {
  qr: ["qrPage", "qrScan"],
  "same-device": ["appOpen"],
  classic: ["classicForm", "classicCode"],
};

export function isUnseenStep(name: StepName): name is UnseenStep {
  return (UNSEEN_STEPS as readonly string[]).includes(name);
}

export interface ProtocolInput {
  flow: Flow;
  /** The portal's records, in the order they were made. */
  records: readonly ExchangeRecord[];
  /** Epoch ms the sign-in started (the times shown are relative to it). */
  startedAt: number;
  /** A finished sign-in has nothing pending: a step without a record was not recorded. */
  finished: boolean;
}

export function buildProtocolSteps({ flow, records, startedAt, finished }: ProtocolInput): DiagramStep[] {
  const steps: DiagramStep[] = [];
  const seen = (record: ExchangeRecord, index: number): DiagramStep => ({
    id: `${record.step}-${index}`,
    name: record.step,
    ...ARROWS[record.step],
    state: "seen",
    record,
    atMs: Math.max(0, record.startedAt - startedAt),
    ...(record.endedAt !== undefined ? { durationMs: Math.max(0, record.endedAt - record.startedAt) } : {}),
  });
  const missing = (name: RecordedStep): DiagramStep => ({
    id: name,
    name,
    ...ARROWS[name],
    state: finished ? "not-recorded" : "pending",
  });
  /** Every record of `name` as a seen step, or one pending / not-recorded step when there is none. */
  const add = (name: RecordedStep, whenAbsent: (name: RecordedStep) => DiagramStep | undefined = missing) => {
    const found = records.flatMap((record, index) => (record.step === name ? [seen(record, index)] : []));
    if (found.length > 0) steps.push(...found);
    else {
      const step = whenAbsent(name);
      if (step) steps.push(step);
    }
  };

  add("create");
  add("redirect");
  for (const name of UNSEEN[flow]) steps.push({ id: name, name, ...ARROWS[name], state: "unseen" });
  if (flow === "same-device") {
    // The app's return passes through the portal only when the app uses the app2app address; a finished sign-in
    // without that record came back some other way, which the portal could not see.
    add("app2app", (name) => ({ id: name, name, ...ARROWS[name], state: finished ? "unseen" : "pending" }));
  } else {
    // A stray record (a link opened in another flow) is still something the portal saw.
    add("app2app", () => undefined);
  }
  add("return");
  add("status");
  add("session");
  return steps;
}
