import { completeSession } from "@/lib/emulator/gateway/test-control";
import { sessionControlHandler } from "@/lib/emulator/gateway/test-control-route";
import { methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/complete?access_token=… — JSON `{identity, method?, flowType?, phone?}`: ends the session as that demo identity would. */
export const POST = sessionControlHandler(completeSession, { readsBody: true });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
