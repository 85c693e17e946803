import { expireSession } from "@/lib/emulator/gateway/test-control";
import { sessionControlHandler } from "@/lib/emulator/gateway/test-control-route";
import { methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/expire?access_token=… — makes a live session read as expired (Session closed) from now on. */
export const POST = sessionControlHandler(expireSession, { readsBody: false });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
