import type { CreateRequest } from "@/lib/emulator/engine/model";
import { createSession } from "@/lib/emulator/engine/sessions";
import { parseCreateFields } from "@/lib/emulator/gateway/create-request";

/** A create request as the portal sends it, through the real parser. */
export function portalRequest(fields: Record<string, unknown> = {}): CreateRequest {
  const parsed = parseCreateFields({ return_url: "http://localhost:3000/api/gateway/return", ...fields });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

export const T0 = Date.UTC(2026, 10, 26, 13, 0, 0);

export function newSession(fields: Record<string, unknown> = {}, now = T0, ttlSeconds = 3600) {
  return createSession(portalRequest(fields), { now, ttlSeconds, brokeredRpName: "Smart-ID+ Demo Portal" });
}
