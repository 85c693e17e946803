// Gateway: test control — drive a session to any end without a browser.
import "server-only";
import { z } from "zod";
import { DEMO_IDENTITIES } from "../engine/identities";
import { AUTH_METHODS, END_RESULTS, type EndedState, type FailedEndResult, FLOW_TYPES } from "../engine/model";
import type { SessionStore } from "../engine/session-store";
import { completeAs, notWaitingMessage } from "../engine/sessions";
import { cancel, fail } from "../engine/transitions";
import type { HttpAnswer } from "../http";

/**
 * Test control: drive a session to any end without a browser, for demos, end-to-end tests and integrators' own
 * test suites. Every operation answers `{ httpStatus, body }`: 200 done, 400 bad input naming the field, 404 unknown
 * or expired session, 409 the session is not waiting any more.
 */

export type ControlAnswer = HttpAnswer<{ status: "ok" | "error"; message?: string; [key: string]: unknown }>;

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

export type CompleteBody = z.infer<typeof completeBodySchema>;
export type EndBody = z.infer<typeof endBodySchema>;

function error(httpStatus: number, message: string): ControlAnswer {
  return { httpStatus, body: { status: "error", message } };
}

const UNKNOWN_SESSION = error(404, "Unknown or expired session");

export async function completeSession(
  store: SessionStore,
  token: string,
  now: number,
  input: CompleteBody,
): Promise<ControlAnswer> {
  const { identity, method, flowType, phone } = input;
  const updated = await store.update(token, now, (session) =>
    completeAs(session, identity, { method, flowType, phone, now }),
  );
  if (!updated.found) return UNKNOWN_SESSION;
  const outcome = updated.result;
  if (!outcome.ok) return error(outcome.refusal === "not-waiting" ? 409 : 400, outcome.message);
  return {
    httpStatus: 200,
    body: {
      status: "ok",
      session_token: token,
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

export async function endSession(
  store: SessionStore,
  token: string,
  now: number,
  input: EndBody,
): Promise<ControlAnswer> {
  const updated = await store.update(token, now, (session) =>
    fail(session, input.endResult, input.method) ? undefined : notWaitingMessage(session),
  );
  if (!updated.found) return UNKNOWN_SESSION;
  if (updated.result !== undefined) return error(409, updated.result);
  return {
    httpStatus: 200,
    body: { status: "ok", session_token: token, state: "failed", end_result: input.endResult },
  };
}

export async function cancelSession(store: SessionStore, token: string, now: number): Promise<ControlAnswer> {
  const updated = await store.update(token, now, (session) =>
    cancel(session) ? undefined : notWaitingMessage(session),
  );
  if (!updated.found) return UNKNOWN_SESSION;
  if (updated.result !== undefined) return error(409, updated.result);
  return { httpStatus: 200, body: { status: "ok", session_token: token, state: "cancelled" } };
}

/** Expires any live session, whatever its state: from now on it reads as closed. */
export async function expireSession(store: SessionStore, token: string, now: number): Promise<ControlAnswer> {
  const session = await store.read(token, now);
  if (!session) return UNKNOWN_SESSION;
  await store.remove(token);
  return { httpStatus: 200, body: { status: "ok", session_token: token, state: "expired" } };
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
