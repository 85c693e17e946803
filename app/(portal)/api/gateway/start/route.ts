import { type NextRequest, NextResponse } from "next/server";
import { newNonce } from "@/lib/portal/auth/binding";
import { writeBinding } from "@/lib/portal/auth/binding-cookie";
import { errorPathWithDetail } from "@/lib/portal/auth/failure-detail";
import { admitSignIn, endSignIn } from "@/lib/portal/auth/limits";
import { errorPath, PORTAL_PATHS, signInPath } from "@/lib/portal/auth/paths";
import { isFromPortal } from "@/lib/portal/auth/same-origin";
import { formFields, MAX_SIGN_IN_FORM_BYTES } from "@/lib/portal/auth/sign-in-form-body";
import { parseSignInChoices } from "@/lib/portal/auth/sign-in-request";
import { startSignIn } from "@/lib/portal/auth/start";
import { orUnavailable } from "@/lib/portal/auth/unavailable";
import { env } from "@/lib/shared/env";
import { readBodyText } from "@/lib/shared/http/body";
import { quoted } from "@/lib/shared/logging/quote";

/**
 * POST /api/gateway/start (form): checks that the post comes from the portal's own page, reads the form (capped),
 * validates the choices, admits the sign-in (this client's limit, the portal's ceiling of sign-ins in progress),
 * creates the gateway session, sets the binding cookie and sends the browser to /sign-in/redirect. Answers 303 so
 * that a reload never posts twice.
 */
async function handle(request: NextRequest) {
  const settings = env();
  const to = (path: string) => NextResponse.redirect(new URL(path, settings.appUrl), 303);

  if (!isFromPortal(request.headers, settings.appUrl)) return to(errorPath("bad-request"));
  const body = await readBodyText(request, MAX_SIGN_IN_FORM_BYTES);
  if (!body.ok) return new NextResponse("The sign-in form is too large.", { status: 413 });
  const raw = await formFields(request.headers.get("content-type"), body.text);
  if (!raw) return to(errorPath("bad-request"));

  const { choices, invalid, flowFromInput } = parseSignInChoices(raw, {
    userAgent: request.headers.get("user-agent"),
    appUrl: settings.appUrl,
  });
  if (!flowFromInput) invalid.push("flow");
  if (invalid.length > 0) {
    const back = new URL(signInPath(choices), settings.appUrl);
    back.searchParams.set("invalid", [...new Set(invalid)].join(","));
    return to(`${back.pathname}${back.search}`);
  }

  const signInId = newNonce();
  // A lost store is the "unavailable" page, and its Try again keeps the flow the person chose.
  return orUnavailable(async () => {
    const admission = await admitSignIn(request.headers, signInId);
    if (!admission.ok) return to(errorPath(admission.reason, choices.flow));
    const started = await startSignIn(choices, signInId);
    if (!started.ok) {
      await endSignIn(signInId);
      console.info(`[portal] sign-in could not start: ${quoted(started.detail, 200)}`);
      return to(errorPathWithDetail(started.reason, choices.flow, started.quote, settings.authSecret));
    }
    await writeBinding(started.state);
    return to(PORTAL_PATHS.redirect);
  }, choices.flow);
}

export function POST(request: NextRequest) {
  return orUnavailable(() => handle(request));
}
