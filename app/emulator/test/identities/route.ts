import { identitiesAnswer } from "@/lib/emulator/gateway/test-control";
import { answerResponse, hasValidAccessToken, invalidAccessTokenResponse, methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** GET /emulator/test/identities?access_token=… — SK's demo identities the emulator knows, and how each ends. */
export function GET(request: Request) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  return answerResponse(identitiesAnswer());
}

const onlyGet = methodNotAllowed(["GET"]);

export { onlyGet as DELETE, onlyGet as PATCH, onlyGet as POST, onlyGet as PUT };
