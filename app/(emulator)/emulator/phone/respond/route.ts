import { answerPhoneRequest } from "@/lib/emulator/devices/phone";
import { phoneAnswerSchema } from "@/lib/emulator/devices/protocol";
import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { emulatorRoute } from "@/lib/emulator/http";

/** The person's answer on the virtual phone: a verification code and PIN to confirm, or a refusal. */
export const POST = emulatorRoute<Record<string, never>, typeof phoneAnswerSchema>(
  { audience: "page", rateLimit: "phone", body: phoneAnswerSchema },
  async ({ body, now }) => {
    const result = await answerPhoneRequest(emulatorSessions(), body, now);
    return { httpStatus: result.ok ? 200 : 409, body: result };
  },
);
