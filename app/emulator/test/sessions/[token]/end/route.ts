import { endSession } from "@/lib/emulator/gateway/test-control";
import { sessionControlHandler } from "@/lib/emulator/gateway/test-control-route";
import { methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/end?access_token=… — JSON `{endResult, method?}`: ends the session with a Smart-ID end result other than OK. */
export const POST = sessionControlHandler(endSession, { readsBody: true });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
