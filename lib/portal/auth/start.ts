import "server-only";
import { env } from "../../shared/env";
import type { ExchangeSeen } from "../gateway/client";
import { isGatewayError } from "../gateway/errors";
import { gatewayPageFor } from "../gateway/hosted-page";
import { toCreateBody } from "../gateway/schemas";
import { gatewayClient } from "../gateway/server";
import type { BindingState } from "./binding";
import { createRecord } from "./protocol";
import { quoteForGatewayError, reasonForGatewayError, type SignInFailureReason } from "./reasons";
import { createParamsFor, type SignInChoices } from "./sign-in-request";
import { stateGeneration } from "./state";

/**
 * Starts a sign-in: creates the gateway session for the chosen flow and returns the state the binding cookie keeps
 * (the token, where the browser goes, what was sent — never the access token — and when it started).
 */
export async function startSignIn(
  choices: SignInChoices,
  signInId: string,
): Promise<
  | { ok: true; state: BindingState }
  /** `detail` is for the log; `quote`, the gateway's own words, may be shown to the person. */
  | { ok: false; reason: SignInFailureReason; detail: string; quote?: string }
> {
  const settings = env();
  const params = createParamsFor(choices, settings.appUrl);
  const startedAt = Date.now();
  try {
    const seen: { last?: ExchangeSeen } = {};
    const created = await gatewayClient().createAuthentication(params, (exchange) => {
      seen.last = exchange;
    });
    const sent = toCreateBody(params);
    const timing = seen.last ?? { startedAt, endedAt: Date.now() };
    return {
      ok: true,
      state: {
        token: created.session_token,
        gatewayUrl: gatewayPageFor(created, settings.gatewayUrl),
        flow: choices.flow,
        nonce: signInId,
        callbackUrl: choices.callbackUrl,
        startedAt,
        generation: await stateGeneration(),
        protocol: [createRecord(sent, created, timing, [settings.gatewayAccessToken])],
      },
    };
  } catch (error) {
    if (isGatewayError(error)) {
      const quote = quoteForGatewayError(error);
      return {
        ok: false,
        reason: reasonForGatewayError(error.kind),
        detail: error.message,
        ...(quote ? { quote } : {}),
      };
    }
    throw error;
  }
}
