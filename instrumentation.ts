/**
 * Checks the configuration once, when the server starts, so that a wrong value — or a Redis that cannot be reached —
 * stops start-up with one clear line naming the variable instead of failing later inside a request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("./lib/shared/startup");
    await checkConfigurationOrExit();
  }
}
