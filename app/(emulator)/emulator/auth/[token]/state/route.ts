import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { hostedState } from "@/lib/emulator/hosted/state";
import { emulatorRoute } from "@/lib/emulator/http";

/** The hosted page's own status poll: what to show, and where to go once the session has ended. */
export const GET = emulatorRoute<{ token: string }>({ audience: "page" }, async ({ params, now }) => ({
  httpStatus: 200,
  body: hostedState(await emulatorSessions().read(params.token, now), now),
}));
