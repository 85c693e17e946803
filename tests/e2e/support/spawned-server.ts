import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A built server (`next start`) that a test starts itself, with settings of its own and its whole log kept, for the
 * tests that need to read what a server wrote, measure its memory, or watch it refuse to start.
 */
export class SpawnedServer {
  readonly lines: string[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  /** Starts `next start -p port` with these settings; resolves once it answers, or when it exits first. */
  static async start(
    port: number,
    env: Record<string, string>,
    { waitUntilReady = true } = {},
  ): Promise<SpawnedServer> {
    const child: ChildProcess = spawn(
      process.execPath,
      [join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
      {
        // Only what the test names: the test runner's own settings must not leak into the server under test.
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          PORT: String(port),
          ...env,
        } as Record<string, string> as NodeJS.ProcessEnv,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const server = new SpawnedServer(port, child);
    if (!waitUntilReady) return server;
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) return server;
      try {
        const response = await fetch(`${server.url}/`, { redirect: "manual" });
        if (response.status < 500) return server;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on port ${port} did not start`);
  }

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  /** The exit code, once the process has ended (for servers expected to refuse to start). */
  exitCode(timeoutMs = 20_000): Promise<number | null | "running"> {
    return Promise.race([
      this.exited,
      new Promise<"running">((resolve) => setTimeout(() => resolve("running"), timeoutMs)),
    ]);
  }

  /** Resident memory of the server process, in bytes (Linux). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0");
    return kb * 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill("SIGTERM");
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}
