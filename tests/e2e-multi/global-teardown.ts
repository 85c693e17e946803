import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readCluster, stopCluster } from "./support/cluster";

/**
 * Stops whatever the cluster file names at the end (restarted instances and Redis included), keeps the logs in
 * test-results/multi/logs for a look after a failure, and removes the temporary folder.
 */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.MULTI_CLUSTER_DIR;
  if (!dir) return;
  await stopCluster(readCluster());
  const logs = join("test-results", "multi", "logs");
  for (const file of readdirSync(dir).filter((name) => /\.(log|out|conf)$/.test(name))) {
    cpSync(join(dir, file), join(logs, file));
  }
  rmSync(dir, { recursive: true, force: true });
}
