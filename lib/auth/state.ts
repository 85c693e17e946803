import "server-only";
import { processSingleton } from "../process-singleton";
import { portalStateStore } from "../store/shared";
import { SpentTokenRegistry } from "./spent-tokens";

/** What the portal remembers, on its own key space of the configured state store (memory, or Redis shared by every instance). */

export function spentTokens(): SpentTokenRegistry {
  return processSingleton("portal.spent-tokens", () => new SpentTokenRegistry({ store: portalStateStore() }));
}
