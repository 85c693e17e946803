import { type NextRequest, NextResponse } from "next/server";
import { writeBinding } from "@/lib/auth/binding-cookie";
import { errorPathWithDetail } from "@/lib/auth/failure-detail";
import { errorPath } from "@/lib/auth/paths";
import { parseSignInChoices, type RawSignInInput, signInPath } from "@/lib/auth/sign-in-request";
import { startSignIn } from "@/lib/auth/start";
import { env } from "@/lib/env";

/**
 * POST /api/gateway/start (form): validates the choices, creates the gateway session, sets the binding cookie and
 * sends the browser to /sign-in/redirect. Answers 303 so that a reload never posts twice.
 */
export async function POST(request: NextRequest) {
  const settings = env();
  const to = (path: string) => NextResponse.redirect(new URL(path, settings.appUrl), 303);

  // A sign-in starts from this portal's own page; a cross-site form post is refused.
  if (request.headers.get("sec-fetch-site") === "cross-site") return to(errorPath("bad-request"));

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return to(errorPath("bad-request"));
  }
  const raw: RawSignInInput = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const existing = raw[key];
    raw[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
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

  const started = await startSignIn(choices);
  if (!started.ok) {
    console.info(`[portal] sign-in could not start: ${started.detail}`);
    return to(errorPathWithDetail(started.reason, choices.flow, started.quote, settings.authSecret));
  }
  await writeBinding(started.state);
  return to("/sign-in/redirect");
}
