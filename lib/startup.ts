import "server-only";
import { EnvError, env } from "./env";

/** Stops the server with one clear line when the configuration is wrong; called once at start-up. */
export function checkConfigurationOrExit(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
