import { constantTimeEqual } from "../../shared/smartid";
import type { ExchangeObserver, ExchangeSeen } from "../gateway/client";
import { isGatewayError } from "../gateway/errors";
import type { StatusAnswer } from "../gateway/schemas";
import { sessionTokenSchema } from "../gateway/schemas";
import { BINDING_MAX_AGE_SECONDS, reasonForBindingProblem, type UnsealResult } from "./binding";
import { identityFromAnswer, type PortalIdentity, type SignInDetails } from "./identity";
import {
  type ExchangeRecord,
  returnRecord,
  type SessionCookieFacts,
  sessionRecord,
  statusRecord,
  withRecord,
} from "./protocol";
import { quoteForGatewayError, reasonForGatewayError, type SignInFailureReason } from "./reasons";
import type { SpentTokenRegistry } from "./spent-tokens";

/**
 * The decision behind the provider's `authorize`: may this returned session token sign this browser in? Pure of
 * next-auth and Next.js (everything comes in through `deps`), so every branch is unit-tested.
 */

export interface AuthorizeDeps {
  getStatus(sessionToken: string, observe?: ExchangeObserver): Promise<StatusAnswer>;
  /** The binding cookie that came with the request, through the one reader (bindingFromCookieHeader). */
  readBinding(now: number, maxAgeSeconds: number): UnsealResult;
  spentTokens: SpentTokenRegistry;
  now(): number;
  bindingMaxAgeSeconds?: number;
  /** The session cookie the portal makes, for the record of the sign-in (its name and attributes, never a value). */
  sessionCookie?: SessionCookieFacts;
  /** Values that must never appear in a record (the access token), besides the session token. */
  secrets?: readonly string[];
}

/** The session cookie as next-auth makes it over http, when the caller does not say. */
const DEFAULT_SESSION_COOKIE: SessionCookieFacts = {
  name: "authjs.session-token",
  secure: false,
  maxAgeSeconds: 3600,
  bindingCookieName: "portal.sign-in",
};

export type AuthorizeOutcome =
  | { ok: true; identity: PortalIdentity; details: SignInDetails; callbackUrl: string }
  /**
   * `final`: the sign-in attempt is over (clear the binding); otherwise (still waiting) it may be retried. `detail`
   * is for the log; `quote`, the gateway's own words, may be shown to the person. `protocol`, with "waiting": the
   * sign-in's record so far, this return and status read added, for the binding to keep.
   */
  | {
      ok: false;
      reason: SignInFailureReason | "waiting";
      final: boolean;
      detail?: string;
      quote?: string;
      protocol?: ExchangeRecord[];
    };

export async function authorizeReturnedToken(sessionToken: unknown, deps: AuthorizeDeps): Promise<AuthorizeOutcome> {
  const token = sessionTokenSchema.safeParse(sessionToken);
  if (!token.success)
    return { ok: false, reason: "bad-request", final: true, detail: "session token missing or malformed" };

  const arrivedAt = deps.now();
  const binding = deps.readBinding(arrivedAt, deps.bindingMaxAgeSeconds ?? BINDING_MAX_AGE_SECONDS);
  if (!binding.ok) {
    const reason = reasonForBindingProblem(binding.problem, "browser");
    return { ok: false, reason, final: true, detail: `binding cookie ${binding.problem}` };
  }
  const state = binding.state;
  if (!constantTimeEqual(state.token, token.data)) {
    return { ok: false, reason: "not-bound", final: true, detail: "the token is not the one this browser started" };
  }

  const claim = await deps.spentTokens.claim(token.data);
  if (claim !== "claimed") return { ok: false, reason: "token-spent", final: true, detail: `token ${claim}` };

  const seen: { last?: ExchangeSeen } = {};
  const askedAt = deps.now();
  let answer: StatusAnswer;
  try {
    answer = await deps.getStatus(token.data, (exchange) => {
      seen.last = exchange;
    });
  } catch (error) {
    await deps.spentTokens.release(token.data);
    if (isGatewayError(error)) {
      const quote = quoteForGatewayError(error);
      return {
        ok: false,
        reason: reasonForGatewayError(error.kind),
        final: true,
        detail: error.message,
        ...(quote ? { quote } : {}),
      };
    }
    throw error;
  }
  // The first return is the one drawn; a "Check now" from the finishing page is the same return, asked again.
  const returned = state.protocol?.some((record) => record.step === "return")
    ? state.protocol
    : withRecord(state.protocol, returnRecord(state.returnedAt ?? arrivedAt, token.data));
  const status = statusRecord(token.data, answer, seen.last ?? { startedAt: askedAt, endedAt: deps.now() }, [
    ...(deps.secrets ?? []),
  ]);
  if (answer.status === "waiting") {
    await deps.spentTokens.release(token.data);
    return {
      ok: false,
      reason: "waiting",
      final: false,
      detail: answer.message,
      protocol: withRecord(returned, status),
    };
  }
  if (!constantTimeEqual(answer.session_token, token.data)) {
    // The answer is about another session: never usable for this one.
    await deps.spentTokens.spend(token.data);
    return { ok: false, reason: "token-mismatch", final: true, detail: "the gateway echoed another session token" };
  }

  await deps.spentTokens.spend(token.data);
  const signedInAt = deps.now();
  const session = sessionRecord(signedInAt, deps.sessionCookie ?? DEFAULT_SESSION_COOKIE, state.callbackUrl);
  const { identity, details } = identityFromAnswer(answer, {
    flow: state.flow,
    signInId: state.nonce,
    timeline: {
      startedAt: state.startedAt,
      ...(state.sentAt !== undefined ? { sentAt: state.sentAt } : {}),
      returnedAt: state.returnedAt ?? arrivedAt,
      signedInAt,
    },
  });
  return {
    ok: true,
    identity,
    details: { ...details, protocol: withRecord(withRecord(returned, status), session) },
    callbackUrl: state.callbackUrl,
  };
}
