import {
  answerResponse,
  errorResponse,
  hasValidAccessToken,
  invalidAccessTokenResponse,
  methodNotAllowed,
  readJsonBody,
} from "@/lib/emulator/http";
import { emulatorStore } from "@/lib/emulator/runtime";
import { endSession } from "@/lib/emulator/test-control";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/end?access_token=… — JSON `{endResult, method?}`: ends the session with a Smart-ID end result other than OK. */
export async function POST(request: Request, context: RouteContext<"/emulator/test/sessions/[token]/end">) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const body = await readJsonBody(request);
  if (!body.ok) return errorResponse(400, body.message);
  const { token } = await context.params;
  return answerResponse(endSession(emulatorStore(), token, body.value, Date.now()));
}

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
