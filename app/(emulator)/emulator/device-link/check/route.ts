import { deviceLinkCheckSchema } from "@/lib/emulator/devices/protocol";
import { checkDeviceLink } from "@/lib/emulator/devices/smart-id-app";
import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { emulatorBase, emulatorRoute } from "@/lib/emulator/http";

/** The virtual app hands over a device link exactly as received; the Smart-ID service checks it. */
export const POST = emulatorRoute<Record<string, never>, typeof deviceLinkCheckSchema>(
  { audience: "page", rateLimit: "app", body: deviceLinkCheckSchema },
  async ({ body, now }) => {
    const result = await checkDeviceLink(emulatorSessions(), body.link, emulatorBase(), now);
    return { httpStatus: result.ok ? 200 : 400, body: result };
  },
);
