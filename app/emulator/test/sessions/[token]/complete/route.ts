import {
  answerResponse,
  errorResponse,
  hasValidAccessToken,
  invalidAccessTokenResponse,
  methodNotAllowed,
  readJsonBody,
} from "@/lib/emulator/http";
import { emulatorStore } from "@/lib/emulator/runtime";
import { completeSession } from "@/lib/emulator/test-control";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/complete?access_token=… — JSON `{identity, method?, flowType?, phone?}`: ends the session as that demo identity would. */
export async function POST(request: Request, context: RouteContext<"/emulator/test/sessions/[token]/complete">) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const body = await readJsonBody(request);
  if (!body.ok) return errorResponse(400, body.message);
  const { token } = await context.params;
  return answerResponse(completeSession(emulatorStore(), token, body.value, Date.now()));
}

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
