// Engine: this process's handle on the emulator's sessions.
import "server-only";
import { emulatorSettings } from "../../shared/env";
import { processSingleton } from "../../shared/process-singleton";
import { emulatorStateStore } from "../../shared/store/shared";
import { SessionStore } from "./session-store";

/** The emulator's sessions, on the configured state store (shared by every instance when that is Redis). */
export function emulatorSessions(): SessionStore {
  return processSingleton(
    "emulator.sessions",
    () => new SessionStore(emulatorStateStore(), emulatorSettings().maxSessions),
  );
}
