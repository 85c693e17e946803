import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasRedisServer, REDIS_SERVER } from "../support/redis-server";
import { hasNginx, NGINX, ports, startCluster, writeCluster } from "./support/cluster";

/**
 * Starts the set-up every multi-instance test runs against: redis-server, two instances sharing it, nginx in front.
 * The tests find it through MULTI_CLUSTER_DIR (environment set here reaches the test workers).
 */
export default async function globalSetup(): Promise<void> {
  if (!hasRedisServer() || !hasNginx()) {
    throw new Error(`the multi-instance suite needs ${REDIS_SERVER} and ${NGINX} (apt-get install redis-server nginx)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "portal-multi-"));
  writeCluster(await startCluster(dir));
  process.env.MULTI_CLUSTER_DIR = dir;
  console.info(
    `multi-instance set-up in ${dir}: nginx :${ports.nginx} → instances :${ports.instances.join(", :")}, redis :${ports.redis}`,
  );
}
