import { z } from "zod";
import { clearFaults, FAULT_ENDPOINTS, faultRequestSchema, listFaults, setFault } from "@/lib/emulator/gateway/faults";
import { emulatorRoute, errorResponse, methodNotAllowed } from "@/lib/emulator/http";

/** GET /emulator/test/faults?access_token=… — the faults in force. */
export const GET = emulatorRoute({ audience: "api", requiresAccessToken: true }, async () => ({
  httpStatus: 200,
  body: { status: "ok", faults: await listFaults() },
}));

/** POST JSON `{endpoint, fault, delayMs?, times?, retryAfterSeconds?}` — sets (replaces) an endpoint's fault. */
export const POST = emulatorRoute<Record<string, never>, typeof faultRequestSchema>(
  { audience: "api", requiresAccessToken: true, body: faultRequestSchema },
  async ({ body }) => ({ httpStatus: 200, body: { status: "ok", fault: await setFault(body) } }),
);

const clearQuerySchema = z.object({
  endpoint: z.enum(FAULT_ENDPOINTS, { error: `endpoint must be one of ${FAULT_ENDPOINTS.join(", ")}` }).optional(),
});

/** DELETE (optionally `&endpoint=create`) — clears every fault, or one endpoint's. */
export const DELETE = emulatorRoute({ audience: "api", requiresAccessToken: true }, async ({ request }) => {
  const endpoint = request.nextUrl.searchParams.get("endpoint");
  const parsed = clearQuerySchema.safeParse({ endpoint: endpoint ?? undefined });
  if (!parsed.success) return errorResponse(400, parsed.error.issues[0]?.message ?? "endpoint is invalid");
  await clearFaults(parsed.data.endpoint);
  return { httpStatus: 200, body: { status: "ok", faults: await listFaults() } };
});

const notAllowed = methodNotAllowed(["GET", "POST", "DELETE"]);

export { notAllowed as PATCH, notAllowed as PUT };
