import { sessionStatus } from "@/lib/emulator/gateway/api";
import { injectedFault } from "@/lib/emulator/gateway/faults";
import { answerResponse, hasValidAccessToken, invalidAccessTokenResponse, methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** GET /emulator/api/authentication/{token}/status?access_token=… (identity-gateway.md, status table) */
export async function GET(request: Request, context: RouteContext<"/emulator/api/authentication/[token]/status">) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const faulty = await injectedFault("status");
  if (faulty) return faulty;
  const { token } = await context.params;
  return answerResponse(await sessionStatus(token));
}

const onlyGet = methodNotAllowed(["GET"]);

export { onlyGet as DELETE, onlyGet as PATCH, onlyGet as POST, onlyGet as PUT };
