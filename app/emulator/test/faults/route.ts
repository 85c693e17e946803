import { z } from "zod";
import { clearFaults, FAULT_ENDPOINTS, faultRequestSchema, listFaults, setFault } from "@/lib/emulator/gateway/faults";
import {
  errorResponse,
  hasValidAccessToken,
  invalidAccessTokenResponse,
  jsonResponse,
  methodNotAllowed,
  readJsonBody,
} from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** GET /emulator/test/faults?access_token=… — the faults in force. */
export function GET(request: Request) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  return jsonResponse({ status: "ok", faults: listFaults() });
}

/** POST JSON `{endpoint, fault, delayMs?, times?, retryAfterSeconds?}` — sets (replaces) an endpoint's fault. */
export async function POST(request: Request) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const body = await readJsonBody(request);
  if (!body.ok) return errorResponse(400, body.message);
  const parsed = faultRequestSchema.safeParse(body.value);
  if (!parsed.success) return errorResponse(400, parsed.error.issues[0]?.message ?? "the fault is invalid");
  return jsonResponse({ status: "ok", fault: setFault(parsed.data) });
}

const clearQuerySchema = z.object({
  endpoint: z.enum(FAULT_ENDPOINTS, { error: `endpoint must be one of ${FAULT_ENDPOINTS.join(", ")}` }).optional(),
});

/** DELETE (optionally `&endpoint=create`) — clears every fault, or one endpoint's. */
export function DELETE(request: Request) {
  if (!hasValidAccessToken(request)) return invalidAccessTokenResponse();
  const endpoint = new URL(request.url).searchParams.get("endpoint");
  const parsed = clearQuerySchema.safeParse({ endpoint: endpoint ?? undefined });
  if (!parsed.success) return errorResponse(400, parsed.error.issues[0]?.message ?? "endpoint is invalid");
  clearFaults(parsed.data.endpoint);
  return jsonResponse({ status: "ok", faults: listFaults() });
}

const notAllowed = methodNotAllowed(["GET", "POST", "DELETE"]);

export { notAllowed as PATCH, notAllowed as PUT };
