import { methodNotAllowed } from "@/lib/emulator/http";
import { completeSession } from "@/lib/emulator/test-control";
import { sessionControlHandler } from "@/lib/emulator/test-control-route";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/complete?access_token=… — JSON `{identity, method?, flowType?, phone?}`: ends the session as that demo identity would. */
export const POST = sessionControlHandler(completeSession, { readsBody: true });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
