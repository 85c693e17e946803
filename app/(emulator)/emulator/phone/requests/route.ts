import { phoneRequestView } from "@/lib/emulator/devices/phone";
import { phoneRequestIdSchema } from "@/lib/emulator/devices/protocol";
import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { emulatorRoute } from "@/lib/emulator/http";

/**
 * The request waiting on the virtual phone that this secret id names (the hosted page's link carries it). An
 * unknown, answered or malformed id shows an empty phone: nothing tells a guesser whether it was ever valid.
 */
export const GET = emulatorRoute({ audience: "page", rateLimit: "phone" }, async ({ request, now }) => {
  const id = phoneRequestIdSchema.safeParse(request.nextUrl.searchParams.get("request"));
  const view = id.success ? await phoneRequestView(emulatorSessions(), id.data, now) : undefined;
  return { httpStatus: 200, body: { ok: true, requests: view ? [view] : [] } };
});
