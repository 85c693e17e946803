import type { NextRequest } from "next/server";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { readSession } from "@/lib/emulator/engine/sessions";
import type { QrAnswer } from "@/lib/emulator/hosted/protocol";
import { freshQrLink } from "@/lib/emulator/hosted/smartid";
import { emulatorOrigin, jsonResponse } from "@/lib/emulator/http";
import { pickLocale } from "@/lib/emulator/i18n";

export const dynamic = "force-dynamic";

/**
 * A QR device link made at this moment: the hosted page asks every second, so the code on screen always carries a
 * current elapsedSeconds and authCode. The sessionSecret that signs it stays here.
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/emulator/auth/[token]/smartid-v3/qr">) {
  const { token } = await ctx.params;
  const now = Date.now();
  const session = readSession(emulatorStore(), token, now);
  if (session?.state.kind !== "waiting" || !session.request.smartidQrFlow) {
    return jsonResponse({ status: "closed" } satisfies QrAnswer);
  }
  const locale = pickLocale(request.nextUrl.searchParams.get("_locale") ?? undefined);
  const answer: QrAnswer = freshQrLink(session, emulatorOrigin(request.headers), locale, now);
  return jsonResponse(answer);
}
