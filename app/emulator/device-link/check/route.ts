import { deviceLinkCheckSchema } from "@/lib/emulator/devices/protocol";
import { checkDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { problemResponse, readJson } from "@/lib/emulator/hosted/http";
import { jsonResponse } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** The virtual app hands over a device link exactly as received; the Smart-ID service checks it. */
export async function POST(request: Request) {
  const body = await readJson(request, deviceLinkCheckSchema);
  if (!body.ok) return problemResponse(body.problem);
  const result = checkDeviceLink(emulatorStore(), body.data.link, Date.now());
  return jsonResponse(result, result.ok ? 200 : 400);
}
