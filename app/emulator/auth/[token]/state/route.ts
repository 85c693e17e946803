import { noStoreJson, validToken } from "@/lib/emulator/hosted-http";
import { hostedState } from "@/lib/emulator/hosted-state";
import { emulatorStore } from "@/lib/emulator/runtime";
import { readSession } from "@/lib/emulator/sessions";

export const dynamic = "force-dynamic";

/** The hosted page's own status poll: what to show, and where to go once the session has ended. */
export async function GET(_request: Request, ctx: RouteContext<"/emulator/auth/[token]/state">) {
  const token = validToken((await ctx.params).token);
  const now = Date.now();
  const session = token ? readSession(emulatorStore(), token, now) : undefined;
  return noStoreJson(hostedState(session, now));
}
