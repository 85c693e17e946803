import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { runHostedAction } from "@/lib/emulator/hosted/actions";
import { type HostedActionAnswer, hostedActionSchema } from "@/lib/emulator/hosted/protocol";
import { hostedState } from "@/lib/emulator/hosted/state";
import { emulatorRoute, jsonResponse } from "@/lib/emulator/http";
import { pickLocale } from "@/lib/emulator/i18n";
import { emulatorSettings } from "@/lib/shared/env";

/** What the person does on the hosted page (start a request, use an ID card, cancel, new QR code). */
export const POST = emulatorRoute<{ token: string }, typeof hostedActionSchema>(
  {
    audience: "page",
    body: hostedActionSchema,
    onBodyProblem: ({ field, status }) => {
      const error =
        field === "phone" ? "phoneInvalid" : field === "personalCode" ? "personalCodeInvalid" : "somethingWrong";
      return jsonResponse({ ok: false, error, field } satisfies HostedActionAnswer, status);
    },
  },
  async ({ request, params, body, now }) => {
    const settings = emulatorSettings();
    const answer = await runHostedAction(emulatorSessions(), params.token, body, {
      emulatorBase: settings.publicUrl,
      locale: pickLocale(request.nextUrl.searchParams.get("_locale") ?? undefined),
      approvalTimeoutSeconds: settings.approvalTimeoutSeconds,
      now,
    });
    if (!answer) return jsonResponse({ ok: true, state: hostedState(undefined, now) } satisfies HostedActionAnswer);
    return jsonResponse(answer, answer.ok ? 200 : 400);
  },
);
