import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { endBodySchema, endSession } from "@/lib/emulator/gateway/test-control";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** POST /emulator/test/sessions/{token}/end?access_token=… — JSON `{endResult, method?}`: ends the session with that Smart-ID end result. */
export const POST = emulatorRoute<{ token: string }, typeof endBodySchema>(
  { audience: "api", requiresAccessToken: true, body: endBodySchema },
  ({ params, body, now }) => endSession(emulatorSessions(), params.token, now, body),
);

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
