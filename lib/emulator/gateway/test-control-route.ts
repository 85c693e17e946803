import "server-only";
import { emulatorStore } from "../engine/runtime";
import type { SessionStore } from "../engine/store";
import { answerResponse, errorResponse, hasValidAccessToken, invalidAccessTokenResponse, readJsonBody } from "../http";
import type { ControlAnswer } from "./test-control";

type SessionControl = (store: SessionStore, token: string, now: number, body: unknown) => ControlAnswer;

interface SessionRouteContext {
  params: Promise<{ token: string }>;
}

/**
 * The POST handler of a /emulator/test/sessions/{token}/… route: access token first, then the JSON body (when the
 * operation takes one), then the operation on the live store. Every such route answers in the same order, so a
 * wrong token is refused the same way whatever the body.
 */
export function sessionControlHandler(control: SessionControl, { readsBody }: { readsBody: boolean }) {
  return async (request: Request, context: SessionRouteContext): Promise<Response> => {
    if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
    let body: unknown;
    if (readsBody) {
      const read = await readJsonBody(request);
      if (!read.ok) return errorResponse(400, read.message);
      body = read.value;
    }
    const { token } = await context.params;
    return answerResponse(control(emulatorStore(), token, Date.now(), body));
  };
}
