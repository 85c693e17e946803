import { isGatewayError } from "../gateway/errors";
import type { StatusAnswer } from "../gateway/schemas";
import { sessionTokenSchema } from "../gateway/schemas";
import { constantTimeEqual } from "../smartid";
import { BINDING_MAX_AGE_SECONDS, reasonForBindingProblem, type UnsealResult } from "./binding";
import { identityFromAnswer, type PortalIdentity, type SignInDetails } from "./identity";
import { quoteForGatewayError, reasonForGatewayError, type SignInFailureReason } from "./reasons";
import type { SpentTokenRegistry } from "./spent-tokens";

/**
 * The decision behind the provider's `authorize`: may this returned session token sign this browser in? Pure of
 * next-auth and Next.js (everything comes in through `deps`), so every branch is unit-tested.
 */

export interface AuthorizeDeps {
  getStatus(sessionToken: string): Promise<StatusAnswer>;
  /** The binding cookie that came with the request, through the one reader (bindingFromCookieHeader). */
  readBinding(now: number, maxAgeSeconds: number): UnsealResult;
  spentTokens: SpentTokenRegistry;
  now(): number;
  bindingMaxAgeSeconds?: number;
}

export type AuthorizeOutcome =
  | { ok: true; identity: PortalIdentity; details: SignInDetails; callbackUrl: string }
  /**
   * `final`: the sign-in attempt is over (clear the binding); otherwise (still waiting) it may be retried. `detail`
   * is for the log; `quote`, the gateway's own words, may be shown to the person.
   */
  | { ok: false; reason: SignInFailureReason | "waiting"; final: boolean; detail?: string; quote?: string };

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

  let answer: StatusAnswer;
  try {
    answer = await deps.getStatus(token.data);
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
  if (answer.status === "waiting") {
    await deps.spentTokens.release(token.data);
    return { ok: false, reason: "waiting", final: false, detail: answer.message };
  }
  if (!constantTimeEqual(answer.session_token, token.data)) {
    // The answer is about another session: never usable for this one.
    await deps.spentTokens.spend(token.data);
    return { ok: false, reason: "token-mismatch", final: true, detail: "the gateway echoed another session token" };
  }

  await deps.spentTokens.spend(token.data);
  const { identity, details } = identityFromAnswer(answer, {
    flow: state.flow,
    signInId: state.nonce,
    timeline: {
      startedAt: state.startedAt,
      ...(state.sentAt !== undefined ? { sentAt: state.sentAt } : {}),
      returnedAt: state.returnedAt ?? arrivedAt,
      signedInAt: deps.now(),
    },
  });
  return { ok: true, identity, details, callbackUrl: state.callbackUrl };
}
