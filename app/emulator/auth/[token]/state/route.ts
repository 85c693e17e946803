import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { readSession } from "@/lib/emulator/engine/sessions";
import { hostedState } from "@/lib/emulator/hosted/state";
import { jsonResponse } from "@/lib/emulator/http";

export const dynamic = "force-dynamic";

/** The hosted page's own status poll: what to show, and where to go once the session has ended. */
export async function GET(_request: Request, ctx: RouteContext<"/emulator/auth/[token]/state">) {
  const { token } = await ctx.params;
  const now = Date.now();
  const session = readSession(emulatorStore(), token, now);
  return jsonResponse(hostedState(session, now));
}
