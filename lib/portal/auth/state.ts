import "server-only";
import { randomBytes } from "node:crypto";
import { processSingleton } from "../../shared/process-singleton";
import { portalStateStore } from "../../shared/store/shared";
import { SpentTokenRegistry } from "./spent-tokens";

/**
 * What the portal remembers, on its own key space of the configured state store (memory, or Redis shared by every
 * instance).
 */

export function spentTokens(): SpentTokenRegistry {
  return processSingleton("portal.spent-tokens", () => new SpentTokenRegistry({ store: portalStateStore() }));
}

const GENERATION_KEY = "generation";
/** Far longer than any binding or session lives; renewed by nothing, so a generation simply lasts this long. */
const GENERATION_TTL_MS = 400 * 24 * 60 * 60 * 1000;
/** How long an instance trusts the generation it read before reading it again. */
const GENERATION_CACHE_MS = 2000;

/**
 * The generation of the portal's state store: a random id written once into the store. Bindings and sessions carry
 * the generation they were made in. When the store is lost — an in-memory store at every restart, a Redis without
 * persistence when it restarts — the spent tokens and revoked sessions go with it, and the store gets a new
 * generation: what was made before no longer counts, so an old binding and its return URL cannot sign in again, and
 * a signed-out cookie cannot come back to life.
 */
export async function stateGeneration(): Promise<string> {
  const cached = processSingleton("portal.generation", () => ({ value: "", readAt: 0 }));
  if (cached.value && Date.now() - cached.readAt < GENERATION_CACHE_MS) return cached.value;
  const store = portalStateStore();
  const fresh = randomBytes(12).toString("base64url");
  const value = (await store.putIfAbsent(GENERATION_KEY, fresh, GENERATION_TTL_MS))
    ? fresh
    : ((await store.get<string>(GENERATION_KEY)) ?? fresh);
  cached.value = value;
  cached.readAt = Date.now();
  return value;
}
