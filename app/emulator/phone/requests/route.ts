import type { NextRequest } from "next/server";
import { phoneRequestsFor } from "@/lib/emulator/devices/phone";
import { phoneAccountSchema } from "@/lib/emulator/devices/protocol";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { jsonResponse } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** Requests waiting on the virtual phone of one account (`smartid:{identity}` or `mobile:{phone}`). */
export async function GET(request: NextRequest) {
  const account = phoneAccountSchema.safeParse(request.nextUrl.searchParams.get("account"));
  if (!account.success) return jsonResponse({ ok: false, reason: "account: choose a demo account", requests: [] }, 400);
  return jsonResponse({ ok: true, requests: phoneRequestsFor(emulatorStore(), account.data, Date.now()) });
}
