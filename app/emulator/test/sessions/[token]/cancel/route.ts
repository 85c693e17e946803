import { cancelSession } from "@/lib/emulator/gateway/test-control";
import { sessionControlHandler } from "@/lib/emulator/gateway/test-control-route";
import { methodNotAllowed } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** POST /emulator/test/sessions/{token}/cancel?access_token=… — cancels a waiting session, as the person pressing Cancel would. */
export const POST = sessionControlHandler(cancelSession, { readsBody: false });

const onlyPost = methodNotAllowed(["POST"]);

export { onlyPost as DELETE, onlyPost as GET, onlyPost as PATCH, onlyPost as PUT };
