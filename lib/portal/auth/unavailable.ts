import "server-only";
import { NextResponse } from "next/server";
import { env } from "../../shared/env";
import { isStoreUnavailable } from "../../shared/store/state-store";
import type { Flow } from "./flows";
import { errorPath } from "./paths";

/**
 * When the state store cannot be reached (Redis lost, or the memory store full), a sign-in cannot safely go on: the
 * person gets the page "Sign-in is unavailable right now, try again in a moment", with Retry-After, and nothing is
 * half-written — the binding cookie stays as it was, a claimed token frees itself, and trying again once the store is
 * back just works.
 */

export const RETRY_AFTER_SECONDS = 5;

/** Whether `error`, or anything it wraps (next-auth wraps errors from callbacks), is a lost store. */
export function causedByLostStore(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if (isStoreUnavailable(cause)) return true;
    cause = (cause as { cause?: unknown }).cause;
    if (cause && typeof cause === "object" && "err" in cause) cause = (cause as { err?: unknown }).err;
  }
  return false;
}

export function unavailableRedirect(flow?: Flow): NextResponse {
  const response = NextResponse.redirect(new URL(errorPath("unavailable", flow), env().appUrl), 303);
  response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return response;
}

/** Runs a sign-in route (or step); a lost store becomes the "unavailable" page, for `flow` if known, instead of a 500. */
export async function orUnavailable(route: () => Promise<Response>, flow?: Flow): Promise<Response> {
  try {
    return await route();
  } catch (error) {
    if (!causedByLostStore(error)) throw error;
    console.warn("[portal] the state store is unavailable; a sign-in step was refused");
    return unavailableRedirect(flow);
  }
}
