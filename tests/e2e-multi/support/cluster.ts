import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { REDIS_SERVER, reachable, redisServerArgs } from "../../support/redis-server";

/**
 * The multi-instance set-up of `npm run test:multi` (playwright.multi.config.ts): one real redis-server, two
 * `next start` instances of the built app sharing it, and nginx in front, round robin. Every process runs in a
 * process group of its own, and the pids and settings live in `cluster.json` in a temporary folder
 * (MULTI_CLUSTER_DIR), so that a test can kill and restart an instance or Redis, and the teardown stops whatever runs
 * at the end.
 */

export const NGINX = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

export function hasNginx(): boolean {
  return spawnSync(NGINX, ["-v"], { stdio: "ignore" }).status === 0;
}

const base = Number(process.env.MULTI_PORT ?? 3200);
/** nginx, the two instances, Redis; `closed` has nothing listening, `spare` is for a server a test starts itself. */
export const ports = {
  nginx: base,
  instances: [base + 1, base + 2],
  redis: base + 3,
  closed: base + 4,
  spare: base + 5,
};

/** The portal as the browser sees it: nginx. */
export const portalUrl = `http://localhost:${ports.nginx}`;
/** The emulator, through nginx too, on another site (127.0.0.1), like the real gateway. */
export const gatewayUrl = `http://127.0.0.1:${ports.nginx}/emulator`;
export const instanceUrl = (port: number) => `http://127.0.0.1:${port}`;

export const accessToken = "multi-e2e-gateway-access-token-0123456789";
export const authSecret = "multi-e2e-auth-secret-multi-e2e-auth-secret-0123456";
export const redisPrefix = "multi-e2e:";
export const redisUrl = `redis://127.0.0.1:${ports.redis}`;

/** Only what a process needs to run: the test runner's own settings must not leak into the processes under test. */
const baseEnv = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" });

/** What every instance is started with: the same secrets, the same Redis, the same public addresses. */
export function instanceEnv(port: number): Record<string, string> {
  return {
    ...baseEnv(),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    AUTH_SECRET: authSecret,
    AUTH_URL: portalUrl,
    EMULATOR_ACCESS_TOKEN: accessToken,
    EMULATOR_PUBLIC_URL: gatewayUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    TRUST_PROXY: "1",
    SIGN_IN_REDIRECT_DELAY_MS: "300",
    EMULATOR_APPROVAL_TIMEOUT_SECONDS: "30",
    // Every request comes from this one machine; the per-client limits have tests of their own.
    SIGN_IN_RATE_LIMIT_PER_MINUTE: "10000",
    RETURN_RATE_LIMIT_PER_MINUTE: "10000",
    EMULATOR_RATE_LIMIT_PER_MINUTE: "100000",
  };
}

interface Process {
  pid: number;
  log: string;
}

export interface Instance extends Process {
  port: number;
  env: Record<string, string>;
}

export interface Cluster {
  dir: string;
  redis: Process & { port: number };
  instances: Instance[];
  nginx: Process & { port: number; accessLog: string };
}

const clusterFile = (dir: string) => join(dir, "cluster.json");

export function readCluster(): Cluster {
  const dir = process.env.MULTI_CLUSTER_DIR;
  if (!dir) throw new Error("MULTI_CLUSTER_DIR is not set: run these tests with playwright.multi.config.ts");
  return JSON.parse(readFileSync(clusterFile(dir), "utf8")) as Cluster;
}

export function writeCluster(cluster: Cluster): void {
  writeFileSync(clusterFile(cluster.dir), JSON.stringify(cluster, null, 2));
}

/** Starts a process in a group of its own, its output appended to `log`; it outlives the process that started it. */
function startDetached(command: string, args: string[], env: Record<string, string>, log: string): number {
  const out = openSync(log, "a");
  const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", out, out] });
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new Error(`${command} did not start`);
  return child.pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a process and everything in its group; SIGKILL is a crash, SIGTERM a shutdown (then SIGKILL after 5 s). */
export async function stopGroup(pid: number, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // already gone
    }
  };
  send(signal);
  for (let i = 0; i < 100 && alive(pid); i++) await pause(50);
  if (alive(pid)) {
    send("SIGKILL");
    for (let i = 0; i < 100 && alive(pid); i++) await pause(50);
  }
}

function tail(log: string): string {
  return existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-20).join("\n") : "";
}

async function waitUntil(what: string, pid: number, log: string, ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await ready()) return;
    if (!alive(pid)) throw new Error(`${what} exited while starting:\n${tail(log)}`);
    await pause(100);
  }
  throw new Error(`${what} did not start within 60 s:\n${tail(log)}`);
}

export async function startRedis(dir: string, log = join(dir, "redis.log")): Promise<Cluster["redis"]> {
  const pid = startDetached(REDIS_SERVER, [...redisServerArgs(ports.redis), "--dir", dir], baseEnv(), log);
  await waitUntil("redis-server", pid, log, () => reachable(ports.redis));
  return { pid, log, port: ports.redis };
}

/** `next start` of the built app on 127.0.0.1 only: nginx is the one way in for the browser. */
export async function startInstance(port: number, env: Record<string, string>, log: string): Promise<Instance> {
  const next = join(process.cwd(), "node_modules/next/dist/bin/next");
  const pid = startDetached(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], env, log);
  await waitUntil(`the instance on port ${port}`, pid, log, async () => {
    try {
      const response = await fetch(`${instanceUrl(port)}/`, { redirect: "manual" });
      return response.status < 500;
    } catch {
      return false;
    }
  });
  return { pid, log, port, env };
}

/** Chromium may try `localhost` on ::1 first: listen there too when this machine has it. */
function hasIpv6Loopback(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((address) => address.internal && address.address === "::1"),
  );
}

/**
 * nginx, round robin over the two instances. `proxy_next_upstream off` and `max_fails=0`: a request is never retried
 * on the other instance and a dead instance is never taken out of turn, so requests really alternate, and a lost
 * instance shows as the 502 it is. `X-Upstream` says which instance answered.
 */
export function nginxConfig(dir: string): string {
  const temp = (name: string) => join(dir, "nginx-temp", name);
  return `# generated by tests/e2e-multi/support/cluster.ts
daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "nginx-error.log")} warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  log_format upstream '$request $status $upstream_addr';
  access_log ${join(dir, "nginx-access.log")} upstream;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  upstream portal {
${ports.instances.map((port) => `    server 127.0.0.1:${port} max_fails=0;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${ports.nginx};
${hasIpv6Loopback() ? `    listen [::1]:${ports.nginx};\n` : ""}    location / {
      proxy_pass http://portal;
      proxy_next_upstream off;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # The session cookie and the Content-Security-Policy make headers larger than nginx's default 4 KiB buffer.
      proxy_buffer_size 32k;
      proxy_buffers 8 32k;
      proxy_busy_buffers_size 64k;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export async function startNginx(dir: string): Promise<Cluster["nginx"]> {
  mkdirSync(join(dir, "nginx-temp"), { recursive: true });
  const conf = join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig(dir));
  const log = join(dir, "nginx-error.log");
  const pid = startDetached(NGINX, ["-p", `${dir}/`, "-c", conf, "-e", log], baseEnv(), join(dir, "nginx.out"));
  await waitUntil("nginx", pid, log, () => reachable(ports.nginx));
  return { pid, log, port: ports.nginx, accessLog: join(dir, "nginx-access.log") };
}

/**
 * The whole set-up: Redis, the instances one at a time (two cold starts at once on a small machine only make both
 * slower), then nginx. `started` fills in as each process comes up, so that a caller stopped half-way (by a signal)
 * knows what to stop; when one does not start, what did is stopped and the error says where the logs are.
 */
export async function startCluster(
  dir: string,
  envFor: (port: number) => Record<string, string> = instanceEnv,
  started: Partial<Cluster> = {},
): Promise<Cluster> {
  started.dir = dir;
  started.instances = [];
  try {
    started.redis = await startRedis(dir);
    for (const [index, port] of ports.instances.entries()) {
      started.instances.push(await startInstance(port, envFor(port), join(dir, `instance-${index}.log`)));
    }
    started.nginx = await startNginx(dir);
  } catch (error) {
    await stopCluster(started);
    throw new Error(`the multi-instance set-up did not start (its logs are in ${dir})`, { cause: error });
  }
  return started as Cluster;
}

/** Kills an instance (SIGKILL: a crash) and starts it again with exactly the settings it had. */
export async function restartInstance(index: number): Promise<void> {
  const cluster = readCluster();
  const instance = cluster.instances[index];
  if (!instance) throw new Error(`no instance ${index}`);
  await stopGroup(instance.pid, "SIGKILL");
  cluster.instances[index] = await startInstance(instance.port, instance.env, instance.log);
  writeCluster(cluster);
}

/** Redis lost the hard way, as a crash or a lost host would lose it. */
export async function stopRedis(): Promise<void> {
  await stopGroup(readCluster().redis.pid, "SIGKILL");
}

/** Redis back on the same port (empty: it keeps nothing on disk). */
export async function restartRedis(): Promise<void> {
  const cluster = readCluster();
  cluster.redis = await startRedis(cluster.dir, cluster.redis.log);
  writeCluster(cluster);
}

/** Stops everything the cluster file names (or what a failed start got to). */
export async function stopCluster(cluster: Partial<Cluster>): Promise<void> {
  if (cluster.nginx) await stopGroup(cluster.nginx.pid);
  await Promise.all((cluster.instances ?? []).map((instance) => stopGroup(instance.pid)));
  if (cluster.redis) await stopGroup(cluster.redis.pid);
}
