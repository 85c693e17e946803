import "server-only";
import { z } from "zod";
import { DEMO_IDENTITIES } from "../engine/identities";
import { AUTH_METHODS, END_RESULTS, type EndedState, type FailedEndResult } from "../engine/model";
import { completeAs, endWith, notWaitingMessage, readSession } from "../engine/sessions";
import { cancel, expire, type SessionStore } from "../engine/store";

/**
 * Test control: drive a session to any end without a browser, for demos, end-to-end tests and integrators' own
 * test suites. Every operation answers `{ httpStatus, body }`: 200 done, 400 bad input naming the field, 404 unknown
 * or expired session, 409 the session is not waiting any more.
 */

export interface ControlAnswer {
  httpStatus: number;
  body: { status: "ok" | "error"; message?: string; [key: string]: unknown };
}

const FLOW_TYPES = ["QR", "Web2App", "App2App", "Notification", "MobileID", "IDCard"] as const;
const FAILED_END_RESULTS = END_RESULTS.filter((result): result is FailedEndResult => result !== "OK");

export const completeBodySchema = z.object({
  identity: z
    .string({ error: "identity must be a demo identity such as PNOEE-40404040009 (see /emulator/test/identities)" })
    .min(1, { error: "identity must be a demo identity such as PNOEE-40404040009 (see /emulator/test/identities)" }),
  method: z.enum(AUTH_METHODS, { error: `method must be one of ${AUTH_METHODS.join(", ")}` }).default("smartid"),
  flowType: z.enum(FLOW_TYPES, { error: `flowType must be one of ${FLOW_TYPES.join(", ")}` }).optional(),
  phone: z
    .string({ error: "phone must be a phone number in international format" })
    .regex(/^\+[0-9]{5,15}$/, { error: "phone must be a phone number in international format" })
    .optional(),
});

export const endBodySchema = z.object({
  endResult: z.enum(FAILED_END_RESULTS as [FailedEndResult, ...FailedEndResult[]], {
    error: `endResult must be one of ${FAILED_END_RESULTS.join(", ")}`,
  }),
  method: z.enum(AUTH_METHODS, { error: `method must be one of ${AUTH_METHODS.join(", ")}` }).default("smartid"),
});

function error(httpStatus: number, message: string): ControlAnswer {
  return { httpStatus, body: { status: "error", message } };
}

const UNKNOWN_SESSION = error(404, "Unknown or expired session");

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "the request is invalid";
}

export function completeSession(store: SessionStore, token: string, now: number, input: unknown): ControlAnswer {
  const parsed = completeBodySchema.safeParse(input);
  if (!parsed.success) return error(400, firstIssue(parsed.error));
  const session = readSession(store, token, now);
  if (!session) return UNKNOWN_SESSION;
  const { identity, method, flowType, phone } = parsed.data;
  const outcome = completeAs(session, identity, { method, flowType, phone, now });
  if (!outcome.ok) return error(outcome.refusal === "not-waiting" ? 409 : 400, outcome.message);
  return {
    httpStatus: 200,
    body: {
      status: "ok",
      session_token: session.token,
      state: outcome.ended.kind,
      ...endedFields(outcome.ended),
      method: outcome.method,
      flow_type: outcome.flowType,
    },
  };
}

/** How `complete` ended the session: the Smart-ID end result, or the residency the integrator does not support. */
function endedFields(ended: EndedState): Record<string, string> {
  switch (ended.kind) {
    case "authenticated":
      return { end_result: "OK" };
    case "failed":
      return { end_result: ended.endResult };
    case "not-resident":
      return { residency: ended.country };
    case "cancelled":
      return {};
  }
}

export function endSession(store: SessionStore, token: string, now: number, input: unknown): ControlAnswer {
  const parsed = endBodySchema.safeParse(input);
  if (!parsed.success) return error(400, firstIssue(parsed.error));
  const session = readSession(store, token, now);
  if (!session) return UNKNOWN_SESSION;
  if (!endWith(session, parsed.data.endResult, parsed.data.method)) return error(409, notWaitingMessage(session));
  return {
    httpStatus: 200,
    body: { status: "ok", session_token: session.token, state: "failed", end_result: parsed.data.endResult },
  };
}

export function cancelSession(store: SessionStore, token: string, now: number): ControlAnswer {
  const session = readSession(store, token, now);
  if (!session) return UNKNOWN_SESSION;
  if (!cancel(session)) return error(409, notWaitingMessage(session));
  return { httpStatus: 200, body: { status: "ok", session_token: session.token, state: "cancelled" } };
}

/** Expires any live session, whatever its state: from now on it reads as closed. */
export function expireSession(store: SessionStore, token: string, now: number): ControlAnswer {
  const session = readSession(store, token, now);
  if (!session) return UNKNOWN_SESSION;
  expire(session, now);
  return { httpStatus: 200, body: { status: "ok", session_token: session.token, state: "expired" } };
}

export function identitiesAnswer(): ControlAnswer {
  return {
    httpStatus: 200,
    body: {
      status: "ok",
      identities: DEMO_IDENTITIES.map((identity) => ({
        identity: identity.key,
        country: identity.country,
        code: identity.nationalCode,
        name: identity.givenName,
        surname: identity.surname,
        methods: identity.methods,
        end_result: identity.endResult,
        ...(identity.nativeResult ? { native_result: identity.nativeResult } : {}),
        ...(identity.phone ? { phone: identity.phone } : {}),
        ...(identity.documentNumber ? { document_number: identity.documentNumber } : {}),
        description: identity.description,
      })),
    },
  };
}
