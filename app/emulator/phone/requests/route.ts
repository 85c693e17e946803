import type { NextRequest } from "next/server";
import { phoneAccountSchema } from "@/lib/emulator/device-app-protocol";
import { noStoreJson } from "@/lib/emulator/hosted-http";
import { phoneRequestsFor } from "@/lib/emulator/phone";
import { emulatorStore } from "@/lib/emulator/runtime";

export const dynamic = "force-dynamic";

/** Requests waiting on the virtual phone of one account (`smartid:{identity}` or `mobile:{phone}`). */
export async function GET(request: NextRequest) {
  const account = phoneAccountSchema.safeParse(request.nextUrl.searchParams.get("account"));
  if (!account.success) return noStoreJson({ ok: false, reason: "account: choose a demo account", requests: [] }, 400);
  return noStoreJson({ ok: true, requests: phoneRequestsFor(emulatorStore(), account.data, Date.now()) });
}
