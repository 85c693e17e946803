// Gateway: fault injection — the ways a real gateway misbehaves, on demand.
import { z } from "zod";
import { emulatorStateStore } from "../../shared/store/shared";
import type { Json } from "../../shared/store/state-store";
import { GATEWAY_FAULT } from "./status";

/**
 * Makes chosen gateway endpoints misbehave the ways a real gateway can — slowly, over its rate limit, with its own
 * fault page, or with a broken body — so a client's error handling can be shown and tested. The faults in force are
 * one record in the emulator's state store, so every instance behind a load balancer misbehaves alike, and counting
 * down `times` is atomic: N faulty answers in all, not N per instance.
 */

export const FAULT_ENDPOINTS = ["create", "status", "callback", "*"] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];
export type GatewayEndpoint = Exclude<FaultEndpoint, "*">;

export const FAULT_KINDS = ["slow", "429", "500", "malformed"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const DEFAULT_SLOW_DELAY_MS = 15_000;
export const MAX_SLOW_DELAY_MS = 120_000;
export const MAX_FAULT_TIMES = 1000;
export const DEFAULT_RETRY_AFTER_SECONDS = 2;

export const faultRequestSchema = z.object({
  endpoint: z.enum(FAULT_ENDPOINTS, { error: `endpoint must be one of ${FAULT_ENDPOINTS.join(", ")}` }),
  fault: z.enum(FAULT_KINDS, { error: `fault must be one of ${FAULT_KINDS.join(", ")}` }),
  delayMs: z
    .number({ error: `delayMs must be a whole number of milliseconds from 0 to ${MAX_SLOW_DELAY_MS}` })
    .int({ error: `delayMs must be a whole number of milliseconds from 0 to ${MAX_SLOW_DELAY_MS}` })
    .min(0, { error: `delayMs must be a whole number of milliseconds from 0 to ${MAX_SLOW_DELAY_MS}` })
    .max(MAX_SLOW_DELAY_MS, { error: `delayMs must be a whole number of milliseconds from 0 to ${MAX_SLOW_DELAY_MS}` })
    .optional(),
  times: z
    .number({ error: `times must be a whole number from 1 to ${MAX_FAULT_TIMES}` })
    .int({ error: `times must be a whole number from 1 to ${MAX_FAULT_TIMES}` })
    .min(1, { error: `times must be a whole number from 1 to ${MAX_FAULT_TIMES}` })
    .max(MAX_FAULT_TIMES, { error: `times must be a whole number from 1 to ${MAX_FAULT_TIMES}` })
    .optional(),
  retryAfterSeconds: z
    .number({ error: "retryAfterSeconds must be a whole number of seconds from 0 to 3600" })
    .int({ error: "retryAfterSeconds must be a whole number of seconds from 0 to 3600" })
    .min(0, { error: "retryAfterSeconds must be a whole number of seconds from 0 to 3600" })
    .max(3600, { error: "retryAfterSeconds must be a whole number of seconds from 0 to 3600" })
    .optional(),
});
export type FaultRequest = z.infer<typeof faultRequestSchema>;

export interface Fault {
  endpoint: FaultEndpoint;
  kind: FaultKind;
  /** Only for `slow`. */
  delayMs?: number;
  /** Only for `429`. */
  retryAfterSeconds?: number;
  /** Requests still to be answered with this fault; undefined = until cleared. */
  remaining?: number;
}

type FaultTable = Partial<Record<FaultEndpoint, Fault>>;

const FAULTS_KEY = "faults";
/** "Until cleared" still has an end, as everything stored does: a forgotten fault clears itself after a day. */
const FAULTS_TTL_MS = 24 * 60 * 60 * 1000;

const store = () => emulatorStateStore();

async function changeFaults<R>(change: (table: FaultTable) => R): Promise<R> {
  return store().update<Json, R>(FAULTS_KEY, (current) => {
    const table = { ...((current ?? {}) as FaultTable) };
    const result = change(table);
    const left = Object.keys(table).length > 0;
    return left ? { set: table as Json, ttlMs: FAULTS_TTL_MS, result } : { remove: true, result };
  });
}

/** Sets (or replaces) the fault of one endpoint, or of every endpoint with `*`. */
export async function setFault(request: FaultRequest): Promise<Fault> {
  const fault: Fault = {
    endpoint: request.endpoint,
    kind: request.fault,
    ...(request.fault === "slow" ? { delayMs: request.delayMs ?? DEFAULT_SLOW_DELAY_MS } : {}),
    ...(request.fault === "429" ? { retryAfterSeconds: request.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS } : {}),
    ...(request.times !== undefined ? { remaining: request.times } : {}),
  };
  await changeFaults((table) => {
    table[request.endpoint] = fault;
  });
  return { ...fault };
}

/** Clears one endpoint's fault, or all of them. */
export async function clearFaults(endpoint?: FaultEndpoint): Promise<void> {
  if (!endpoint) {
    await store().delete(FAULTS_KEY);
    return;
  }
  await changeFaults((table) => {
    delete table[endpoint];
  });
}

export async function listFaults(): Promise<Fault[]> {
  const table = ((await store().get<Json>(FAULTS_KEY)) ?? {}) as FaultTable;
  return FAULT_ENDPOINTS.flatMap((endpoint) => (table[endpoint] ? [{ ...table[endpoint] }] : []));
}

/**
 * The fault that answers this request, if any: the endpoint's own before the `*` one. Counts the request against
 * `times` and clears the fault when it is used up.
 */
export async function takeFault(endpoint: GatewayEndpoint): Promise<Fault | undefined> {
  // Most requests meet no fault: one read, and a write only when there is something to count down.
  if ((await store().get<Json>(FAULTS_KEY)) === undefined) return undefined;
  return changeFaults((table) => {
    const key: FaultEndpoint | undefined = table[endpoint] ? endpoint : table["*"] ? "*" : undefined;
    const fault = key ? table[key] : undefined;
    if (!key || !fault) return undefined;
    if (fault.remaining === undefined) return { ...fault };
    const taken = { ...fault, remaining: fault.remaining - 1 };
    if (taken.remaining <= 0) delete table[key];
    else table[key] = taken;
    return taken;
  });
}

/** A JSON body cut off mid-string: valid UTF-8, invalid JSON. */
export const MALFORMED_BODY = '{"status":"ok","session_token":"5f4dcc3b5aa765d61d8327deb882cf99';

/** The response a fault gives instead of the normal answer; undefined for `slow`, which answers normally, late. */
export function faultResponse(fault: Fault): Response | undefined {
  switch (fault.kind) {
    case "slow":
      return undefined;
    case "429":
      return Response.json(
        { status: "error", message: "Too many requests", error_code: 429 },
        {
          status: 429,
          headers: { "retry-after": String(fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) },
        },
      );
    case "500":
      return Response.json(GATEWAY_FAULT, { status: 500 });
    case "malformed":
      return new Response(MALFORMED_BODY, { status: 200, headers: { "content-type": "application/json" } });
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * For route handlers: `const faulty = await injectedFault("status"); if (faulty) return faulty;`. A `slow` fault
 * waits here and then lets the handler answer normally.
 */
export async function injectedFault(endpoint: GatewayEndpoint): Promise<Response | undefined> {
  const fault = await takeFault(endpoint);
  if (!fault) return undefined;
  if (fault.kind === "slow") await sleep(fault.delayMs ?? DEFAULT_SLOW_DELAY_MS);
  return faultResponse(fault);
}
