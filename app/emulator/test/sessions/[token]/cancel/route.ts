import { answerResponse, hasValidAccessToken, invalidAccessTokenResponse, methodNotAllowed } from "@/lib/emulator/http";
import { emulatorStore } from "@/lib/emulator/runtime";
import { cancelSession } from "@/lib/emulator/test-control";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/cancel?access_token=… — cancels a waiting session, as the person pressing Cancel would. */
export async function POST(request: Request, context: RouteContext<"/emulator/test/sessions/[token]/cancel">) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const { token } = await context.params;
  return answerResponse(cancelSession(emulatorStore(), token, Date.now()));
}

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
