import "server-only";
import { env } from "../../shared/env";
import { clientAddress, consume } from "../../shared/http/rate-limit";
import { portalStateStore } from "../../shared/store/shared";
import { BINDING_MAX_AGE_SECONDS } from "./binding";
import type { SignInFailureReason } from "./reasons";

/**
 * What keeps one client, or a flood, from spoiling sign-in for everyone: per-client limits on starting and finishing
 * sign-ins, and a ceiling on sign-ins in progress at once for the whole portal (every instance counts together on the
 * state store). A refused start creates nothing at the gateway, so a flood cannot burn the integrator's quota either.
 */

const IN_PROGRESS = "sign-ins-in-progress";

export type Admission = { ok: true } | { ok: false; reason: SignInFailureReason };

/** Before a gateway session is created: this client's start limit, then a place among the sign-ins in progress. */
export async function admitSignIn(headers: Headers, signInId: string): Promise<Admission> {
  const { limits } = env();
  const store = portalStateStore();
  const allowed = await consume(store, "start", clientAddress(headers), limits.signInsPerMinute);
  if (!allowed.ok) return { ok: false, reason: "too-many-attempts" };
  const admitted = await store.admit(IN_PROGRESS, signInId, BINDING_MAX_AGE_SECONDS * 1000, limits.signInsInProgress);
  return admitted ? { ok: true } : { ok: false, reason: "portal-busy" };
}

/** The sign-in is over (signed in, failed for good, or never started): its place is free again. */
export async function endSignIn(signInId: string): Promise<void> {
  await portalStateStore().dismiss(IN_PROGRESS, signInId);
}

/** The return and app2app routes: this client's limit on coming back. */
export async function admitReturn(headers: Headers): Promise<Admission> {
  const allowed = await consume(portalStateStore(), "return", clientAddress(headers), env().limits.returnsPerMinute);
  return allowed.ok ? { ok: true } : { ok: false, reason: "too-many-attempts" };
}
