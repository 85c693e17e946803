import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { cancelSession } from "@/lib/emulator/gateway/test-control";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** POST /emulator/test/sessions/{token}/cancel?access_token=… — cancels a waiting session, as the person pressing Cancel would. */
export const POST = emulatorRoute<{ token: string }>(
  { audience: "api", requiresAccessToken: true },
  ({ params, now }) => cancelSession(emulatorSessions(), params.token, now),
);

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
