import { methodNotAllowed } from "@/lib/emulator/http";
import { endSession } from "@/lib/emulator/test-control";
import { sessionControlHandler } from "@/lib/emulator/test-control-route";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/end?access_token=… — JSON `{endResult, method?}`: ends the session with a Smart-ID end result other than OK. */
export const POST = sessionControlHandler(endSession, { readsBody: true });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
