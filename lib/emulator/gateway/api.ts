import "server-only";
import { env } from "../../env";
import { certificateFor, type IssuedCertificate } from "../engine/certificates";
import { findIdentity } from "../engine/identities";
import type { CreateRequest, EmulatorSession } from "../engine/model";
import { emulatorStore } from "../engine/runtime";
import { createSession, readSession } from "../engine/sessions";
import type { CreateAnswer } from "./answer-schemas";
import { type StatusAnswer, statusAnswer } from "./status";

/**
 * The gateway API's two operations on this process's session store, for the route handlers under
 * app/emulator/api/authentication.
 */

/** `{base}/auth/{token}`: where the integrator sends the browser. */
export function hostedPageUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/auth/${token}`;
}

export function createAnswer(session: EmulatorSession, baseUrl: string, now: number): CreateAnswer {
  return {
    status: "ok",
    session_token: session.token,
    url: hostedPageUrl(baseUrl, session.token),
    expires_in: Math.max(1, Math.round((session.expiresAt - now) / 1000)),
  };
}

/** Creates and stores a session; the store drops expired and, over its cap, the oldest sessions. */
export function startSession(request: CreateRequest, baseUrl: string, now = Date.now()): CreateAnswer {
  const settings = env().emulator;
  const session = createSession(request, {
    now,
    ttlSeconds: settings.sessionTtlSeconds,
    brokeredRpName: settings.relyingPartyName,
  });
  emulatorStore().add(session, now);
  return createAnswer(session, baseUrl, now);
}

async function certificateOf(session: EmulatorSession): Promise<IssuedCertificate | undefined> {
  if (session.state.kind !== "authenticated") return undefined;
  const identity = findIdentity(session.state.result.identityKey);
  if (!identity) return undefined;
  try {
    return await certificateFor(identity, session.state.result.method);
  } catch (error) {
    // The answer becomes the gateway's fault body; the cause is for the operator, never for the client.
    console.error("Emulator: issuing a test certificate failed", error);
    return undefined;
  }
}

export async function sessionStatus(token: string, now = Date.now()): Promise<StatusAnswer> {
  const session = readSession(emulatorStore(), token, now);
  if (!session) return statusAnswer(undefined);
  return statusAnswer(session, await certificateOf(session));
}
