import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasRedisServer, REDIS_SERVER } from "../support/redis-server";
import {
  type Cluster,
  hasNginx,
  type Instance,
  instanceEnv,
  NGINX,
  ports,
  startInstance,
  startNginx,
  startRedis,
  stopCluster,
  writeCluster,
} from "./support/cluster";

/**
 * Starts the set-up every multi-instance test runs against: redis-server, two instances sharing it, nginx in front.
 * The tests find it through MULTI_CLUSTER_DIR (environment set here reaches the test workers).
 */
export default async function globalSetup(): Promise<void> {
  if (!hasRedisServer() || !hasNginx()) {
    throw new Error(`the multi-instance suite needs ${REDIS_SERVER} and ${NGINX} (apt-get install redis-server nginx)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "portal-multi-"));
  const started: Partial<Cluster> = { dir, instances: [] };
  try {
    started.redis = await startRedis(dir);
    // One at a time: two cold starts at once on a small machine only make both slower.
    for (const [index, port] of ports.instances.entries()) {
      const instance: Instance = await startInstance(port, instanceEnv(port), join(dir, `instance-${index}.log`));
      started.instances?.push(instance);
    }
    started.nginx = await startNginx(dir);
  } catch (error) {
    await stopCluster(started);
    throw new Error(`the multi-instance set-up did not start (its logs are in ${dir})`, { cause: error });
  }
  writeCluster(started as Cluster);
  process.env.MULTI_CLUSTER_DIR = dir;
  console.info(
    `multi-instance set-up in ${dir}: nginx :${ports.nginx} → instances :${ports.instances.join(", :")}, redis :${ports.redis}`,
  );
}
