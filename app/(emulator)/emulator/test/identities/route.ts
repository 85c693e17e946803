import { identitiesAnswer } from "@/lib/emulator/gateway/test-control";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** GET /emulator/test/identities?access_token=… — SK's demo identities the emulator knows, and how each ends. */
export const GET = emulatorRoute({ audience: "api", requiresAccessToken: true }, () => identitiesAnswer());

const onlyGet = methodNotAllowed(["GET"]);

export { onlyGet as DELETE, onlyGet as PATCH, onlyGet as POST, onlyGet as PUT };
