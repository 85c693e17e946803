import { answerResponse, hasValidAccessToken, invalidAccessTokenResponse, methodNotAllowed } from "@/lib/emulator/http";
import { emulatorStore } from "@/lib/emulator/runtime";
import { expireSession } from "@/lib/emulator/test-control";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/expire?access_token=… — makes a live session read as expired (Session closed) from now on. */
export async function POST(request: Request, context: RouteContext<"/emulator/test/sessions/[token]/expire">) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const { token } = await context.params;
  return answerResponse(expireSession(emulatorStore(), token, Date.now()));
}

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
