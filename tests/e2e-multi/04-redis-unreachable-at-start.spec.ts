import { expect, test } from "@playwright/test";
import { SpawnedServer } from "../e2e/support/spawned-server";
import { reachable } from "../support/redis-server";
import { instanceEnv, ports } from "./support/cluster";

/** An instance whose Redis cannot be reached refuses to start, and says why without showing the URL. */

test("an instance started with REDIS_URL at a closed port exits with code 1 and one line naming REDIS_URL", async () => {
  expect(await reachable(ports.closed), `nothing may listen on port ${ports.closed}`).toBe(false);
  const password = "multi-e2e-redis-password";
  const redisUrl = `redis://:${password}@127.0.0.1:${ports.closed}`;
  const server = await SpawnedServer.start(
    ports.spare,
    { ...instanceEnv(ports.spare), REDIS_URL: redisUrl },
    { waitUntilReady: false },
  );
  try {
    expect(await server.exitCode(30_000)).toBe(1);
    const naming = server.lines.filter((line) => line.includes("REDIS_URL"));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(/^Configuration error: REDIS_URL cannot be reached/);
    const log = server.lines.join("\n");
    expect(log).not.toContain(password);
    expect(log).not.toContain(`127.0.0.1:${ports.closed}`);
  } finally {
    await server.stop();
  }
});
