import { deviceLinkAnswerSchema } from "@/lib/emulator/devices/protocol";
import { answerDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { problemResponse, readJson } from "@/lib/emulator/hosted/http";
import { jsonResponse } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** The person's answer in the virtual app: confirm as a demo identity with a PIN, or refuse. */
export async function POST(request: Request) {
  const body = await readJson(request, deviceLinkAnswerSchema);
  if (!body.ok) return problemResponse(body.problem);
  const result = answerDeviceLink(emulatorStore(), body.data, Date.now());
  return jsonResponse(result, result.ok ? 200 : 409);
}
