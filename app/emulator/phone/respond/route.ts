import { answerPhoneRequest } from "@/lib/emulator/devices/phone";
import { phoneAnswerSchema } from "@/lib/emulator/devices/protocol";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { problemResponse, readJson } from "@/lib/emulator/hosted/http";
import { jsonResponse } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** The person's answer on the virtual phone: a verification code and PIN to confirm, or a refusal. */
export async function POST(request: Request) {
  const body = await readJson(request, phoneAnswerSchema);
  if (!body.ok) return problemResponse(body.problem);
  const result = answerPhoneRequest(emulatorStore(), body.data, Date.now());
  return jsonResponse(result, result.ok ? 200 : 409);
}
