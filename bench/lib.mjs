// Shared pieces of the benchmarks: a server of their own, timing, percentiles, and a client for Node's inspector.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
export const RESULTS = join(ROOT, "bench-results");
mkdirSync(RESULTS, { recursive: true });

export const ACCESS_TOKEN = "bench-access-token-0123456789";
export const AUTH_SECRET = "bench-auth-secret-bench-auth-secret-bench";

/**
 * Every benchmark's load comes from this one machine: the per-client limits and the ceilings are set far above what
 * it sends, so that they count as they always do but never refuse, and the hosted page does not pause before leaving.
 */
export const LOAD_SETTINGS = {
  SIGN_IN_REDIRECT_DELAY_MS: "0",
  SIGN_IN_RATE_LIMIT_PER_MINUTE: "100000",
  RETURN_RATE_LIMIT_PER_MINUTE: "100000",
  EMULATOR_RATE_LIMIT_PER_MINUTE: "1000000",
  MAX_SIGN_INS_IN_PROGRESS: "1000000",
  EMULATOR_MAX_SESSIONS: "1000000",
};

export function machine() {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** `next build`, unless a build is already there. */
export async function ensureBuild() {
  if (existsSync(join(ROOT, ".next", "BUILD_ID"))) return;
  console.info("No build found: running next build first.");
  await run(process.execPath, [join(ROOT, "node_modules/next/dist/bin/next"), "build"]);
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", ...options });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

/**
 * A built server (`next start`) for the benchmark, with the inspector open so that the benchmark can force a garbage
 * collection and read the heap, and optionally a CPU profile written when it stops.
 */
export async function startServer({ port, inspectPort, env = {}, cpuProfileDir }) {
  const nodeOptions = [`--inspect=127.0.0.1:${inspectPort}`];
  if (cpuProfileDir) nodeOptions.push("--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`);
  const child = spawn(
    process.execPath,
    [...nodeOptions, join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        PORT: String(port),
        AUTH_SECRET,
        EMULATOR_ACCESS_TOKEN: ACCESS_TOKEN,
        EMULATOR_PUBLIC_URL: `http://127.0.0.1:${port}/emulator`,
        ...LOAD_SETTINGS,
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = `http://localhost:${port}`;
  for (let ready = false; !ready; ) {
    if (child.exitCode !== null) throw new Error(`the server did not start:\n${errors}`);
    ready = await fetch(`${base}/api/auth/providers`).then(
      (response) => response.ok,
      () => false,
    );
    if (!ready) await sleep(100);
  }
  return {
    base,
    emulator: `http://127.0.0.1:${port}/emulator`,
    pid: child.pid,
    inspector: () => Inspector.connect(inspectPort),
    async stop() {
      child.kill("SIGINT");
      await Promise.race([exited, sleep(10_000)]);
    },
  };
}

/** A Linux process's /proc file, or "" once the process is gone. */
function proc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

/** Every process below `pid` (children, their children, …), from each process's parent in /proc/<pid>/stat. */
function descendants(pid) {
  const parentOf = new Map();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    // The parent is the second field after the command name, which is in parentheses and may hold spaces.
    const parent = Number(proc(entry, "stat").split(") ")[1]?.split(" ")[1]);
    if (parent) parentOf.set(Number(entry), parent);
  }
  const below = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const current = queue.shift();
    for (const [child, parent] of parentOf) {
      if (parent === current) {
        below.push(child);
        queue.push(child);
      }
    }
  }
  return below;
}

/**
 * The resident memory (VmRSS) of the server a `next start` runs, in MiB. The server is the process that calls itself
 * `next-server`: `next start` itself once it has renamed itself, or a child of it if a version of Next forks one; the
 * started process is the fallback.
 */
export function serverRssMiB(pid) {
  const server = [pid, ...descendants(pid)].find((p) => proc(p, "cmdline").startsWith("next-server")) ?? pid;
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(proc(server, "status"))?.[1]);
  return kib / 1024;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values) => percentile(values, 50);

/** Runs `task` `count` times with `concurrency` at once; returns each run's duration in ms and the wall time. */
export async function load(count, concurrency, task) {
  const durations = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const t0 = performance.now();
        await task(index);
        durations.push(performance.now() - t0);
      }
    }),
  );
  return { durations, wallMs: performance.now() - started };
}

/** Node's inspector protocol over its WebSocket (Node ≥ 20 with --experimental-websocket). */
export class Inspector {
  static async connect(port) {
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = reject;
    });
    return new Inspector(socket);
  }

  constructor(socket) {
    this.socket = socket;
    this.id = 0;
    this.pending = new Map();
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    };
  }

  call(method, params = {}) {
    const id = ++this.id;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  /** The process's `process.memoryUsage()` after a full garbage collection, in bytes. */
  async memoryAfterGc() {
    await this.call("HeapProfiler.collectGarbage");
    await this.call("HeapProfiler.collectGarbage");
    const answer = await this.call("Runtime.evaluate", {
      expression: "JSON.stringify(process.memoryUsage())",
      returnByValue: true,
    });
    return JSON.parse(answer.result?.result?.value);
  }

  /** Heap in use after a full garbage collection, in bytes. */
  async heapAfterGc() {
    return (await this.memoryAfterGc()).heapUsed;
  }

  close() {
    this.socket.close();
  }
}
