import { deviceLinkAnswerSchema } from "@/lib/emulator/devices/protocol";
import { answerDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { emulatorBase, emulatorRoute } from "@/lib/emulator/http";

/** The person's answer in the virtual app: confirm as a demo identity with a PIN, or refuse. */
export const POST = emulatorRoute<Record<string, never>, typeof deviceLinkAnswerSchema>(
  { audience: "page", rateLimit: "app", body: deviceLinkAnswerSchema },
  async ({ body, now }) => {
    const result = await answerDeviceLink(emulatorSessions(), body, emulatorBase(), now);
    return { httpStatus: result.ok ? 200 : 409, body: result };
  },
);
