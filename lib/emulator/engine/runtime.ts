// Engine: this process's handle on the emulator's sessions.
import "server-only";
import { emulatorSettings } from "../../env";
import { processSingleton } from "../../process-singleton";
import { emulatorStateStore } from "../../store/shared";
import { SessionStore } from "./session-store";

/** The emulator's sessions, on the configured state store (shared by every instance when that is Redis). */
export function emulatorSessions(): SessionStore {
  return processSingleton(
    "emulator.sessions",
    () => new SessionStore(emulatorStateStore(), emulatorSettings().maxSessions),
  );
}
