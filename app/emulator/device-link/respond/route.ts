import { answerDeviceLink } from "@/lib/emulator/device-app";
import { deviceLinkAnswerSchema } from "@/lib/emulator/device-app-protocol";
import { problemResponse, readJson } from "@/lib/emulator/hosted-http";
import { jsonResponse } from "@/lib/emulator/http";
import { emulatorStore } from "@/lib/emulator/runtime";

export const dynamic = "force-dynamic";

/** The person's answer in the virtual app: confirm as a demo identity with a PIN, or refuse. */
export async function POST(request: Request) {
  const body = await readJson(request, deviceLinkAnswerSchema);
  if (!body.ok) return problemResponse(body.problem);
  const result = answerDeviceLink(emulatorStore(), body.data, Date.now());
  return jsonResponse(result, result.ok ? 200 : 409);
}
