/**
 * The one way the emulator's browser code calls its own endpoints: JSON in, JSON out, never cached. A lost
 * connection or an answer that is not JSON comes back as `undefined`, which each screen shows as "cannot reach the
 * service"; the endpoints' own refusals are JSON and come back as they are.
 */
export async function callEmulator<T>(path: string, body?: unknown): Promise<T | undefined> {
  try {
    const response = await fetch(path, {
      cache: "no-store",
      ...(body === undefined
        ? {}
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response.headers.get("content-type")?.includes("application/json")) return undefined;
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}
