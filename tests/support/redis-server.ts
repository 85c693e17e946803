import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createConnection, createServer } from "node:net";

/**
 * A real `redis-server` for tests, on a loopback port of its own, with no persistence. Tests that need one skip with
 * a line saying why when the binary is missing, so `npm test` still runs on a laptop without Redis.
 */

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? "redis-server";

export function hasRedisServer(): boolean {
  return spawnSync(REDIS_SERVER, ["--version"], { stdio: "ignore" }).status === 0;
}

export const NO_REDIS_REASON = `skipped: ${REDIS_SERVER} is not installed (apt-get install redis-server), so the Redis backend cannot be tested here`;

/** Loopback only, no persistence: a stopped server comes back empty, as a lost host would. */
export function redisServerArgs(port: number): string[] {
  return ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts TCP connections on this loopback port. */
export function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export class RedisServer {
  private process: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(port?: number): Promise<RedisServer> {
    const server = new RedisServer(port ?? (await freePort()));
    await server.up();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port. */
  async up(): Promise<void> {
    this.process = spawn(REDIS_SERVER, redisServerArgs(this.port), { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      if (await reachable(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** Stops the server the hard way, as a crash or a lost host would. */
  async down(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    this.process = undefined;
  }
}
