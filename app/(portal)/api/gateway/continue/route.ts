import { NextResponse } from "next/server";
import { reasonForBindingProblem } from "@/lib/portal/auth/binding";
import { requireBinding, writeBinding } from "@/lib/portal/auth/binding-cookie";
import { errorPath } from "@/lib/portal/auth/paths";
import { redirectRecord, withRecord } from "@/lib/portal/auth/protocol";
import { orUnavailable } from "@/lib/portal/auth/unavailable";
import { hostedPageForVisitor } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

/**
 * GET /api/gateway/continue: the last step before the gateway. Notes when the browser left (for the timeline and
 * the protocol view) and
 * sends it to the gateway's page named in the sealed binding cookie — never to an address from the query — in the
 * visitor's language (`_locale`) and, with the emulator, in presenter mode when they are in it.
 */
async function handle() {
  const settings = env();
  const binding = await requireBinding();
  if (!binding.ok) {
    return NextResponse.redirect(
      new URL(errorPath(reasonForBindingProblem(binding.problem, "browser")), settings.appUrl),
      303,
    );
  }
  const location = await hostedPageForVisitor(binding.state.gatewayUrl);
  if (binding.state.sentAt === undefined) {
    const sentAt = Date.now();
    const protocol = withRecord(binding.state.protocol, redirectRecord(sentAt, location, binding.state.token));
    await writeBinding({ ...binding.state, sentAt, protocol });
  }
  return NextResponse.redirect(location, 303);
}

export function GET() {
  return orUnavailable(() => handle());
}
