// Devices: the virtual phone of the classic Smart-ID and Mobile-ID flows.
import "server-only";
import { findIdentity } from "../engine/identities";
import type { EmulatorSession, PhoneRequest } from "../engine/model";
import type { SessionStore } from "../engine/session-store";
import { completeAs } from "../engine/sessions";
import { fail } from "../engine/transitions";
import type { PhoneAnswer, PhoneAnswerResult, PhoneRequestView } from "./protocol";

/**
 * The phone shows one request: the one whose secret id the hosted page's link carries. Whoever does not hold that
 * link sees an empty phone, so nobody can watch or answer another person's sign-in. The three code choices were
 * fixed with the request, so a refresh never reshuffles the buttons.
 */

function holderOf(request: PhoneRequest): string {
  if (request.method === "mobile") return request.phone ?? "";
  const identity = findIdentity(request.identityKey);
  return identity ? `${identity.givenName} ${identity.surname} (${identity.country}, ${identity.nationalCode})` : "";
}

function view(session: EmulatorSession, request: PhoneRequest, now: number): PhoneRequestView {
  return {
    id: request.id,
    holder: holderOf(request),
    method: request.method,
    relyingPartyName: session.smartId.brokeredRpName || session.smartId.relyingPartyName,
    codes: request.codes,
    secondsLeft: Math.max(0, Math.ceil((request.deadline - now) / 1000)),
  };
}

/** The request with this secret id while it waits; time-outs are settled first. */
export async function phoneRequestView(
  store: SessionStore,
  requestId: string,
  now: number,
): Promise<PhoneRequestView | undefined> {
  const session = await store.byPhoneRequest(requestId, now);
  const request = session?.phoneRequest;
  return session && request && session.state.kind === "waiting" ? view(session, request, now) : undefined;
}

/** The person's answer, decided on the stored session: only the code the sign-in page shows confirms. */
export function decidePhoneAnswer(session: EmulatorSession, answer: PhoneAnswer, now: number): PhoneAnswerResult {
  const request = session.phoneRequest;
  if (session.state.kind !== "waiting" || request?.id !== answer.requestId) return NOT_WAITING;
  if (answer.decision === "refuse") {
    fail(session, "USER_REFUSED", request.method);
    return { ok: true, outcome: "refused" };
  }
  if (!request.codes.includes(answer.code) || answer.code !== request.verificationCode) {
    fail(session, "WRONG_VC", request.method);
    return { ok: true, outcome: "wrong-code" };
  }
  completeAs(session, request.identityKey, {
    method: request.method,
    flowType: request.method === "smartid" ? "Notification" : "MobileID",
    phone: request.phone,
    now,
  });
  return { ok: true, outcome: "confirmed" };
}

const NOT_WAITING: PhoneAnswerResult = {
  ok: false,
  reason: "This request is no longer waiting: it was answered, cancelled or timed out.",
};

export async function answerPhoneRequest(
  store: SessionStore,
  answer: PhoneAnswer,
  now: number,
): Promise<PhoneAnswerResult> {
  const session = await store.byPhoneRequest(answer.requestId, now);
  if (!session) return NOT_WAITING;
  const updated = await store.update(session.token, now, (live) => decidePhoneAnswer(live, answer, now));
  return updated.found ? updated.result : NOT_WAITING;
}
