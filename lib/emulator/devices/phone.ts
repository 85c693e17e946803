import "server-only";
import { randomUUID } from "node:crypto";
import { DEMO_IDENTITIES, type DemoIdentity } from "../engine/identities";
import type { EmulatorSession, PhoneRequest } from "../engine/model";
import { completeAs, endWith, readSession } from "../engine/sessions";
import type { SessionStore } from "../engine/store";
import { threeCodeChoices } from "./phone-codes";
import { type PhoneAnswer, type PhoneAnswerResult, type PhoneRequestView, phoneAccountOf } from "./protocol";

/**
 * The virtual phone of the classic Smart-ID and Mobile-ID flows. A phone belongs to one account — a Smart-ID
 * identity, or a Mobile-ID number — and shows the requests waiting for it. Each request gets an id and its three
 * code choices the first time the phone sees it, and keeps them, so a refresh never reshuffles the buttons.
 */

export interface PhoneAccountOption {
  id: string;
  label: string;
  group: "Smart-ID" | "Mobile-ID";
}

/** Only accounts that answer through the phone; SK's failure accounts answer by themselves. */
export function phoneAccounts(): PhoneAccountOption[] {
  const answering = DEMO_IDENTITIES.filter((identity) => identity.endResult === "OK");
  return [
    ...answering
      .filter((identity) => identity.methods.includes("smartid"))
      .map((identity) => ({
        id: phoneAccountOf({ method: "smartid", identityKey: identity.key }),
        label: nameOf(identity),
        group: "Smart-ID" as const,
      })),
    ...answering
      .filter((identity) => identity.phone && identity.methods.includes("mobile"))
      .map((identity) => ({
        id: phoneAccountOf({ method: "mobile", identityKey: identity.key, phone: identity.phone }),
        label: `${identity.phone} · ${nameOf(identity)}`,
        group: "Mobile-ID" as const,
      })),
  ];
}

const nameOf = (identity: DemoIdentity) =>
  `${identity.givenName} ${identity.surname} (${identity.country}, ${identity.nationalCode})`;

interface Presented {
  id: string;
  codes: string[];
}

const PRESENTED = Symbol.for("smart-id-plus-portal.emulator.phone-requests");
type Holder = typeof globalThis & { [PRESENTED]?: WeakMap<PhoneRequest, Presented> };

function presented(request: PhoneRequest): Presented {
  const holder = globalThis as Holder;
  holder[PRESENTED] ??= new WeakMap();
  let entry = holder[PRESENTED].get(request);
  if (!entry) {
    entry = { id: randomUUID(), codes: threeCodeChoices(request.verificationCode) };
    holder[PRESENTED].set(request, entry);
  }
  return entry;
}

/** Waiting sessions with a phone request, time-outs settled first. */
function* pending(store: SessionStore, now: number): Generator<{ session: EmulatorSession; request: PhoneRequest }> {
  for (const candidate of [...store.live(now)]) {
    if (!candidate.phoneRequest) continue;
    const session = readSession(store, candidate.token, now);
    const request = session?.phoneRequest;
    if (session && request && session.state.kind === "waiting") yield { session, request };
  }
}

export function phoneRequestsFor(store: SessionStore, account: string, now: number): PhoneRequestView[] {
  const views: PhoneRequestView[] = [];
  for (const { session, request } of pending(store, now)) {
    if (phoneAccountOf(request) !== account) continue;
    const { id, codes } = presented(request);
    views.push({
      id,
      method: request.method,
      relyingPartyName: session.smartId.brokeredRpName || session.smartId.relyingPartyName,
      codes,
      secondsLeft: Math.max(0, Math.ceil((request.deadline - now) / 1000)),
    });
  }
  return views.sort((a, b) => b.secondsLeft - a.secondsLeft);
}

export function answerPhoneRequest(store: SessionStore, answer: PhoneAnswer, now: number): PhoneAnswerResult {
  for (const { session, request } of pending(store, now)) {
    if (presented(request).id !== answer.requestId) continue;
    if (answer.decision === "refuse") {
      endWith(session, "USER_REFUSED", request.method);
      return { ok: true, outcome: "refused" };
    }
    if (!presented(request).codes.includes(answer.code) || answer.code !== request.verificationCode) {
      endWith(session, "WRONG_VC", request.method);
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
  return { ok: false, reason: "This request is no longer waiting: it was answered, cancelled or timed out." };
}
