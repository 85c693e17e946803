// Gateway: the API's two operations, create and status, on the emulator's session store.
import "server-only";
import { emulatorSettings } from "../../shared/env";
import { quoted } from "../../shared/logging/quote";
import { certificateFor, type IssuedCertificate } from "../engine/certificates";
import { findIdentity } from "../engine/identities";
import type { CreateRequest, EmulatorSession } from "../engine/model";
import { emulatorSessions } from "../engine/runtime";
import { createSession } from "../engine/sessions";
import { hostedPageUrl } from "../hosted/links";
import type { HttpAnswer } from "../http";
import type { CreateAnswer } from "./answer-schemas";
import { type StatusAnswer, statusAnswer } from "./status";

export function createAnswer(session: EmulatorSession, emulatorBase: string, now: number): CreateAnswer {
  return {
    status: "ok",
    session_token: session.token,
    url: hostedPageUrl(emulatorBase, session.token),
    expires_in: Math.max(1, Math.round((session.expiresAt - now) / 1000)),
  };
}

/** Seconds a refused create asks the caller to wait: about when the oldest sessions start to end is unknowable. */
const FULL_RETRY_AFTER_SECONDS = 30;

/**
 * Creates and stores a session. At the cap of live sessions the answer is 503 with Retry-After and nothing is
 * stored: a flood of creates is refused, and no one's sign-in in progress is ever dropped to make room.
 */
export async function startSession(request: CreateRequest, now = Date.now()): Promise<HttpAnswer> {
  const settings = emulatorSettings();
  const session = createSession(request, {
    now,
    ttlSeconds: settings.sessionTtlSeconds,
    brokeredRpName: settings.relyingPartyName,
  });
  if (!(await emulatorSessions().add(session, now))) {
    return {
      httpStatus: 503,
      body: { status: "error", message: "Too many sign-ins are in progress; try again later" },
      headers: { "retry-after": String(FULL_RETRY_AFTER_SECONDS) },
    };
  }
  return { httpStatus: 200, body: createAnswer(session, settings.publicUrl, now) };
}

async function certificateOf(session: EmulatorSession): Promise<IssuedCertificate | undefined> {
  if (session.state.kind !== "authenticated") return undefined;
  const identity = findIdentity(session.state.result.identityKey);
  if (!identity) return undefined;
  try {
    return await certificateFor(identity, session.state.result.method);
  } catch (error) {
    // The answer becomes the gateway's fault body; the cause is for the operator, never for the client.
    console.error(
      `[emulator] issuing a test certificate failed: ${quoted(error instanceof Error ? error.message : error, 200)}`,
    );
    return undefined;
  }
}

export async function sessionStatus(token: string, now = Date.now()): Promise<StatusAnswer> {
  const session = await emulatorSessions().read(token, now);
  if (!session) return statusAnswer(undefined);
  return statusAnswer(session, await certificateOf(session));
}
