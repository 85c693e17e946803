import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { expireSession } from "@/lib/emulator/gateway/test-control";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** POST /emulator/test/sessions/{token}/expire?access_token=… — the session reads as closed from now on. */
export const POST = emulatorRoute<{ token: string }>(
  { audience: "api", requiresAccessToken: true },
  ({ params, now }) => expireSession(emulatorSessions(), params.token, now),
);

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
