import { startSession } from "@/lib/emulator/gateway/api";
import { MAX_CREATE_BODY_BYTES, parseCreateRequest } from "@/lib/emulator/gateway/create-request";
import { emulatorRoute, errorResponse, methodNotAllowed } from "@/lib/emulator/http";
import { readBodyBytes } from "@/lib/shared/http/body";

/** POST /emulator/api/authentication/create?access_token=… (identity-gateway.md) */
export const POST = emulatorRoute(
  { audience: "api", requiresAccessToken: true, fault: "create", rateLimit: "create" },
  async ({ request, now }) => {
    const body = await readBodyBytes(request, MAX_CREATE_BODY_BYTES);
    if (!body.ok) return errorResponse(413, body.message);
    const parsed = await parseCreateRequest(request.headers.get("content-type"), body.bytes);
    if (!parsed.ok) return errorResponse(parsed.status, parsed.message);
    return startSession(parsed.request, now);
  },
);

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
