import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";
import {
  BINDING_COOKIE_NAME,
  type BindingState,
  bindingCookieOptions,
  sealBinding,
  type UnsealResult,
  unsealBinding,
} from "./binding";

/** The binding cookie through Next's request-scoped cookie store (route handlers, server components, actions). */

export async function readBinding(): Promise<UnsealResult> {
  const value = (await cookies()).get(BINDING_COOKIE_NAME)?.value;
  return unsealBinding(value, env().authSecret, Date.now());
}

/** Route handlers and server actions only (a page cannot set cookies). Keeps the original expiry. */
export async function writeBinding(state: BindingState): Promise<void> {
  const settings = env();
  const remaining = Math.max(
    1,
    Math.ceil((state.startedAt + bindingCookieOptions(settings.appUrl).maxAge * 1000 - Date.now()) / 1000),
  );
  (await cookies()).set(
    BINDING_COOKIE_NAME,
    sealBinding(state, settings.authSecret),
    bindingCookieOptions(settings.appUrl, remaining),
  );
}

export async function clearBinding(): Promise<void> {
  const settings = env();
  (await cookies()).set(BINDING_COOKIE_NAME, "", { ...bindingCookieOptions(settings.appUrl), maxAge: 0 });
}
