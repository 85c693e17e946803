import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "../../shared/env";
import {
  type BindingState,
  bindingCookieName,
  bindingCookieOptions,
  bindingFromCookieHeader,
  sealBindingToFit,
  type UnsealResult,
} from "./binding";
import { stateGeneration } from "./state";
import { causedByLostStore } from "./unavailable";

/**
 * The binding cookie for route handlers and pages: read through the one reader (lib/portal/auth/binding.ts), written and
 * cleared through Next's cookie store. Clearing is the return route's and app2app's decision alone, and only for a
 * request that proves it belongs to this sign-in (see there).
 */

/** The binding of this request's browser, or why there is none usable. */
export async function requireBinding(): Promise<UnsealResult> {
  const settings = env();
  return bindingFromCookieHeader((await headers()).get("cookie"), {
    name: bindingCookieName(settings.appUrl),
    secret: settings.authSecret,
    now: Date.now(),
    generation: await stateGeneration(),
  });
}

/** For pages: the binding, or "unavailable" when the state store is lost (the page then says so, rather than fail). */
export async function bindingForPage(): Promise<UnsealResult | "unavailable"> {
  return requireBinding().catch((error: unknown) => {
    if (causedByLostStore(error)) return "unavailable" as const;
    throw error;
  });
}

/** Route handlers and server actions only (a page cannot set cookies). Keeps the original expiry. */
export async function writeBinding(state: BindingState): Promise<void> {
  const settings = env();
  const remaining = Math.max(
    1,
    Math.ceil((state.startedAt + bindingCookieOptions(settings.appUrl).maxAge * 1000 - Date.now()) / 1000),
  );
  (await cookies()).set(
    bindingCookieName(settings.appUrl),
    sealBindingToFit(state, settings.authSecret),
    bindingCookieOptions(settings.appUrl, remaining),
  );
}

export async function clearBinding(): Promise<void> {
  const settings = env();
  (await cookies()).set(bindingCookieName(settings.appUrl), "", {
    ...bindingCookieOptions(settings.appUrl),
    maxAge: 0,
  });
}
