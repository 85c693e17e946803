import "server-only";
import { portalStateStore } from "../../shared/store/shared";
import type { Json } from "../../shared/store/state-store";
import type { SignInDetails } from "./identity";

/**
 * The server-side half of a session (lib/portal/auth/identity.ts): the certificate, the timeline and the gateway's answer,
 * under the sign-in's id, for as long as a session lives. Reading renews it, like the session itself.
 */

/** The session cookie's own lifetime (auth.ts): the details live as long, from the last time they were read. */
export const DETAILS_TTL_MS = 60 * 60 * 1000;

const key = (signInId: string) => `details:${signInId}`;

export async function keepSignInDetails(signInId: string, details: SignInDetails): Promise<void> {
  await portalStateStore().put(key(signInId), details as unknown as Json, DETAILS_TTL_MS);
}

/** The details, or undefined when they are gone (expired, signed out, or the store was reset). */
export async function signInDetails(signInId: string): Promise<SignInDetails | undefined> {
  return portalStateStore().update<Json, SignInDetails | undefined>(key(signInId), (current) =>
    current === undefined
      ? { result: undefined }
      : { set: current, ttlMs: DETAILS_TTL_MS, result: current as unknown as SignInDetails },
  );
}

export async function forgetSignInDetails(signInId: string): Promise<void> {
  await portalStateStore().delete(key(signInId));
}
