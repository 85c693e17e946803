import "server-only";
import { EnvError, env } from "./env";
import { dropUntrustedForwardedHeaders } from "./http/forwarded-headers";
import { redactConsole } from "./logging/redacting-console";
import { checkStoreReachable } from "./store/shared";

/** Stops the server with one clear line when the configuration is wrong or its store unreachable; called once at start-up. */
export async function checkConfigurationOrExit(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const settings = env();
  redactConsole([settings.gatewayAccessToken, ...settings.emulator.accessTokens, settings.authSecret]);
  if (!settings.trustProxy) dropUntrustedForwardedHeaders();
  try {
    await checkStoreReachable();
  } catch {
    // The URL may hold a password: the line names the variable, never its value.
    console.error("Configuration error: REDIS_URL cannot be reached (is Redis running, and is the URL right?)");
    process.exit(1);
  }
}
