import type { NextRequest } from "next/server";
import { emulatorStore } from "@/lib/emulator/engine/runtime";
import { readSession } from "@/lib/emulator/engine/sessions";
import { performHostedAction } from "@/lib/emulator/hosted/actions";
import { readJson } from "@/lib/emulator/hosted/http";
import { type HostedActionAnswer, hostedActionSchema } from "@/lib/emulator/hosted/protocol";
import { hostedState } from "@/lib/emulator/hosted/state";
import { emulatorOrigin, jsonResponse } from "@/lib/emulator/http";
import { pickLocale } from "@/lib/emulator/i18n";

export const dynamic = "force-dynamic";

/** What the person does on the hosted page (start a request, use an ID card, cancel, new QR code). */
export async function POST(request: NextRequest, ctx: RouteContext<"/emulator/auth/[token]/actions">) {
  const { token } = await ctx.params;
  const now = Date.now();
  const session = readSession(emulatorStore(), token, now);
  if (!session) return jsonResponse({ ok: true, state: hostedState(undefined, now) } satisfies HostedActionAnswer);

  const body = await readJson(request, hostedActionSchema);
  if (!body.ok) {
    const { field } = body.problem;
    const error =
      field === "phone" ? "phoneInvalid" : field === "personalCode" ? "personalCodeInvalid" : "somethingWrong";
    return jsonResponse({ ok: false, error, field } satisfies HostedActionAnswer, body.problem.status);
  }
  const answer = performHostedAction(session, body.data, {
    origin: emulatorOrigin(request.headers),
    locale: pickLocale(request.nextUrl.searchParams.get("_locale") ?? undefined),
    now,
  });
  return jsonResponse(answer, answer.ok ? 200 : 400);
}
