import "server-only";
import { portalStateStore } from "../../shared/store/shared";
import { isStoreUnavailable } from "../../shared/store/state-store";
import { stateGeneration } from "./state";

/**
 * Sign-out ends a session on the server too: its id goes on a deny list in the portal's state store for as long as
 * any copy of its cookie could still be valid, so a copied cookie gets the signed-out treatment. A session made in
 * an earlier generation of the store (lib/portal/auth/state.ts) — whose deny list is gone — no longer counts either.
 */

const key = (sessionId: string) => `revoked:${sessionId}`;

export async function revokeSession(sessionId: string, lifetimeMs: number): Promise<void> {
  await portalStateStore().put(key(sessionId), true, lifetimeMs);
}

/**
 * Whether a session may go on. While the store cannot be reached the answer is yes: a short outage should not sign
 * everyone out, and every page that shows a person's data reads the store itself and says it is unavailable.
 */
export async function sessionMayContinue(sessionId: string, generation: string | undefined): Promise<boolean> {
  try {
    if (generation !== (await stateGeneration())) return false;
    return (await portalStateStore().get<boolean>(key(sessionId))) !== true;
  } catch (error) {
    if (isStoreUnavailable(error)) return true;
    throw error;
  }
}
