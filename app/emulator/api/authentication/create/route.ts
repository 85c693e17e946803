import { startSession } from "@/lib/emulator/gateway/api";
import { MAX_CREATE_BODY_BYTES, parseCreateRequest } from "@/lib/emulator/gateway/create-request";
import { injectedFault } from "@/lib/emulator/gateway/faults";
import {
  emulatorBaseUrl,
  errorResponse,
  hasValidAccessToken,
  invalidAccessTokenResponse,
  jsonResponse,
  methodNotAllowed,
  readBodyBytes,
} from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** POST /emulator/api/authentication/create?access_token=… (identity-gateway.md) */
export async function POST(request: Request) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const faulty = await injectedFault("create");
  if (faulty) return faulty;
  const body = await readBodyBytes(request, MAX_CREATE_BODY_BYTES);
  if (!body.ok) return errorResponse(400, body.message);
  const parsed = await parseCreateRequest(request.headers.get("content-type"), body.bytes);
  if (!parsed.ok) return errorResponse(parsed.status, parsed.message);
  return jsonResponse(startSession(parsed.request, emulatorBaseUrl(request)));
}

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
