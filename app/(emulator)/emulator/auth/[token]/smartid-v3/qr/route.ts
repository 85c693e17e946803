import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import type { QrAnswer } from "@/lib/emulator/hosted/protocol";
import { freshQrLink } from "@/lib/emulator/hosted/smartid";
import { emulatorBase, emulatorRoute } from "@/lib/emulator/http";
import { pickLocale } from "@/lib/emulator/i18n";

/**
 * A QR device link made at this moment: the hosted page asks every second, so the code on screen always carries a
 * current elapsedSeconds and authCode. The sessionSecret that signs it stays here.
 */
export const GET = emulatorRoute<{ token: string }>({ audience: "page" }, async ({ request, params, now }) => {
  const session = await emulatorSessions().read(params.token, now);
  if (session?.state.kind !== "waiting" || !session.request.smartidQrFlow) {
    return { httpStatus: 200, body: { status: "closed" } satisfies QrAnswer };
  }
  const locale = pickLocale(request.nextUrl.searchParams.get("_locale") ?? undefined);
  const answer: QrAnswer = freshQrLink(session, emulatorBase(), locale, now);
  return { httpStatus: 200, body: answer };
});
