// Hosted: what the hosted page shows for a session, first render and every poll alike.
import type { AuthMethod, EmulatorSession, FailedEndResult } from "../engine/model";
import { returnUrlWithToken } from "./links";

/**
 * What the hosted page shows for a session, as the JSON its status poll reads. Pure: the page and the poll endpoint
 * share it, so the first render and every later update say the same thing.
 */
export type HostedState =
  | {
      state: "waiting";
      /** A classic Smart-ID or Mobile-ID request waiting on the phone. */
      phoneRequest?: {
        method: "smartid" | "mobile";
        verificationCode: string;
        secondsLeft: number;
        /** The request's secret id: the page's link to the virtual phone carries it, and only its holder sees it. */
        requestId: string;
      };
    }
  | { state: "authenticated"; returnTo?: string }
  | { state: "failed"; endResult: FailedEndResult; method: AuthMethod; returnTo?: string }
  /** `country` and `supported` are upper-case country codes, for the page to name in its own language. */
  | { state: "not-resident"; method: AuthMethod; country: string; supported: string[]; returnTo?: string }
  | { state: "cancelled"; returnTo?: string }
  | { state: "closed" };

/** `return_url` with `session_token`, or nothing for an embedded (origin_host) integration. */
export function returnTo(session: EmulatorSession): string | undefined {
  return session.request.returnUrl ? returnUrlWithToken(session.request.returnUrl, session.token) : undefined;
}

export function hostedState(session: EmulatorSession | undefined, now: number): HostedState {
  if (!session) return { state: "closed" };
  const state = session.state;
  switch (state.kind) {
    case "waiting": {
      const request = session.phoneRequest;
      if (!request) return { state: "waiting" };
      return {
        state: "waiting",
        phoneRequest: {
          method: request.method,
          verificationCode: request.verificationCode,
          secondsLeft: Math.max(0, Math.ceil((request.deadline - now) / 1000)),
          requestId: request.id,
        },
      };
    }
    case "authenticated":
      return { state: "authenticated", returnTo: returnTo(session) };
    case "failed":
      return { state: "failed", endResult: state.endResult, method: state.method, returnTo: returnTo(session) };
    case "not-resident":
      return {
        state: "not-resident",
        method: state.method,
        country: state.country,
        supported: session.request.supportedResidencies.map((code) => code.toUpperCase()),
        returnTo: returnTo(session),
      };
    case "cancelled":
      return { state: "cancelled", returnTo: returnTo(session) };
  }
}
