import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { completeBodySchema, completeSession } from "@/lib/emulator/gateway/test-control";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** POST /emulator/test/sessions/{token}/complete?access_token=… — JSON `{identity, method?, flowType?, phone?}`: ends the session as that demo identity would. */
export const POST = emulatorRoute<{ token: string }, typeof completeBodySchema>(
  { audience: "api", requiresAccessToken: true, body: completeBodySchema },
  ({ params, body, now }) => completeSession(emulatorSessions(), params.token, now, body),
);

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
