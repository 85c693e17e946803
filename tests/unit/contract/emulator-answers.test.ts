import { describe, expect, it } from "vitest";
import { certificateFor } from "@/lib/emulator/engine/certificates";
import { DEMO_IDENTITIES } from "@/lib/emulator/engine/identities";
import { END_RESULTS, type FailedEndResult } from "@/lib/emulator/engine/model";
import { completeAs } from "@/lib/emulator/engine/sessions";
import { cancel, fail, refuseResidency } from "@/lib/emulator/engine/transitions";
import { faultResponse } from "@/lib/emulator/gateway/faults";
import { statusAnswer } from "@/lib/emulator/gateway/status";
import { invalidAccessTokenResponse } from "@/lib/emulator/http";
import { identityFromAnswer } from "@/lib/portal/auth/identity";
import { reasonForGatewayError } from "@/lib/portal/auth/reasons";
import { createGatewayClient } from "@/lib/portal/gateway/client";
import { isGatewayError } from "@/lib/portal/gateway/errors";
import { newSession } from "../lib/emulator/fixtures";

/**
 * The contract between the two halves, checked end to end without HTTP: every answer the emulator can give its
 * status endpoint is fed, as the bytes it would send, to the portal's own gateway client, and must parse and lead
 * to the page the portal means to show for it. If either side drifts from identity-gateway.md, this fails.
 */

const TOKEN_FIELD = "session_token";

/** What the portal makes of one answer: "waiting", "signed-in", or the failure page's reason. */
async function portalOutcome(response: Response): Promise<string> {
  const client = createGatewayClient({
    baseUrl: "http://gateway.test",
    accessToken: "contract-test-token",
    timeoutMs: 1000,
    retry: { maxAttempts: 1 },
    fetch: async () => response.clone(),
  });
  try {
    const answer = await client.getStatus("0".repeat(64));
    if (answer.status === "waiting") return "waiting";
    identityFromAnswer(answer, {
      flow: "qr",
      signInId: "contract-test-sign-in",
      timeline: { startedAt: 0, returnedAt: 1, signedInAt: 1 },
    });
    return "signed-in";
  } catch (error) {
    if (isGatewayError(error)) return reasonForGatewayError(error.kind);
    throw error;
  }
}

const asResponse = ({ httpStatus, body }: { httpStatus: number; body: unknown }) =>
  new Response(JSON.stringify(body), { status: httpStatus, headers: { "content-type": "application/json" } });

describe("every status answer of the emulator leads the portal to the page meant for it", () => {
  it("waiting, closed and cancelled", async () => {
    expect(await portalOutcome(asResponse(statusAnswer(newSession())))).toBe("waiting");
    expect(await portalOutcome(asResponse(statusAnswer(undefined)))).toBe("session-expired");
    const cancelled = newSession();
    cancel(cancelled);
    expect(await portalOutcome(asResponse(statusAnswer(cancelled)))).toBe("cancelled");
  });

  const expected: Record<FailedEndResult, string> = {
    USER_REFUSED: "cancelled",
    USER_REFUSED_INTERACTION: "cancelled",
    TIMEOUT: "authentication-failed",
    DOCUMENT_UNUSABLE: "authentication-failed",
    WRONG_VC: "authentication-failed",
    PROTOCOL_FAILURE: "authentication-failed",
    SERVER_ERROR: "authentication-failed",
  };
  for (const endResult of END_RESULTS.filter((result): result is FailedEndResult => result !== "OK")) {
    it(`an ending with ${endResult}`, async () => {
      const session = newSession();
      fail(session, endResult, "smartid");
      expect(await portalOutcome(asResponse(statusAnswer(session)))).toBe(expected[endResult]);
    });
  }

  it("a person whose residency the integrator does not support", async () => {
    const session = newSession({ supported_residencies: ["lt"] });
    refuseResidency(session, "smartid", "EE");
    expect(await portalOutcome(asResponse(statusAnswer(session)))).toBe("authentication-failed");
  });

  it("every demo identity that signs in, by every method it holds, with its certificate", async () => {
    let checked = 0;
    for (const identity of DEMO_IDENTITIES.filter((candidate) => candidate.endResult === "OK")) {
      for (const method of identity.methods) {
        const session = newSession();
        const outcome = completeAs(session, identity.key, { method, now: session.createdAt + 1000 });
        expect(outcome.ok, `${identity.key} ${method}`).toBe(true);
        const answer = statusAnswer(session, await certificateFor(identity, method));
        expect((answer.body as Record<string, unknown>)[TOKEN_FIELD]).toBe(session.token);
        // The portal checks the echoed token against its own; the contract test asks about this one.
        const sameToken = { ...answer, body: { ...(answer.body as object), [TOKEN_FIELD]: "0".repeat(64) } };
        expect(await portalOutcome(asResponse(sameToken)), `${identity.key} ${method}`).toBe("signed-in");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("the emulator's own faults and a refused token", async () => {
    expect(await portalOutcome(faultResponse({ endpoint: "status", kind: "500" }) ?? new Response())).toBe(
      "gateway-error",
    );
    expect(
      await portalOutcome(faultResponse({ endpoint: "status", kind: "429", retryAfterSeconds: 60 }) ?? new Response()),
    ).toBe("gateway-busy");
    expect(await portalOutcome(faultResponse({ endpoint: "status", kind: "malformed" }) ?? new Response())).toBe(
      "gateway-malformed",
    );
    expect(await portalOutcome(invalidAccessTokenResponse())).toBe("gateway-misconfigured");
  });
});
