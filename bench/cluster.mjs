#!/usr/bin/env node
// `npm run bench:cluster`: sign-ins through two `next start` instances sharing one real Redis behind nginx round robin
// (the set-up of `npm run test:multi`), then the same load on one `next start` with the memory store, side by side.
// Two to three minutes after a build; needs redis-server and nginx, and says in one line that it skipped otherwise.
// Ports: MULTI_PORT for the cluster (nginx, the two instances, Redis; default 3200 as `npm run test:multi`),
// BENCH_PORT for the single process (default 3700 as `npm run bench`; the inspectors of the single process and of the
// two instances 10, 11 and 12 above it).
// Writes bench-results/cluster.json and bench-results/cluster.md.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@redis/client";
import { createJiti } from "jiti";
import {
  ACCESS_TOKEN,
  ensureBuild,
  Inspector,
  LOAD_SETTINGS,
  load,
  machine,
  median,
  percentile,
  RESULTS,
  ROOT,
  serverRssMiB,
  startServer,
} from "./lib.mjs";
import { signIn } from "./sign-in.mjs";

// The cluster's helpers start `next start` from the working directory.
process.chdir(ROOT);

// The cluster's helpers are the multi-instance suite's own TypeScript (typed for the tests that use them); jiti
// loads them here as they are, so there is one set-up to keep right, not a copy in JavaScript.
const jiti = createJiti(import.meta.url);
const { hasRedisServer, REDIS_SERVER } = await jiti.import("../tests/support/redis-server.ts");
const { gatewayUrl, hasNginx, instanceEnv, NGINX, portalUrl, ports, startCluster, stopCluster } = await jiti.import(
  "../tests/e2e-multi/support/cluster.ts",
);

// Read through a run, an instance's RSS climbs for its first few hundred sign-ins at 50 at once, then only swings
// (±10 %, with when V8 last grew or shrank its young generation) around a plateau: a warm-up of 100 ended on the
// climb, and the run's ratio said more about the warm-up than about what the run kept.
const WARM_UP = 500;
const COUNT = 1000;
const PARALLEL = 50;
const PERSON = "OK TESTNUMBER";
const RSS_TARGET = 1.2;
const P50_TARGET = 1.5;
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3700);

const missing = [hasRedisServer() ? [] : [REDIS_SERVER], hasNginx() ? [] : [NGINX]].flat();
if (missing.length > 0) {
  console.info(`bench:cluster skipped: ${missing.join(" and ")} not found (apt-get install redis-server nginx)`);
  process.exit(0);
}

const lines = [];
const say = (line) => {
  lines.push(line);
  console.info(line);
};
const ms = (value) => `${value.toFixed(0)} ms`;
const mib = (value) => `${value.toFixed(0)} MiB`;
const met = (value, target) => (value <= target ? `target ≤ ${target}×: met` : `target ≤ ${target}×: NOT met`);

/** What is running, so that an error or a signal half-way still stops all of it. */
const running = new Set();
async function stopAll() {
  for (const stop of [...running].reverse()) {
    running.delete(stop);
    await stop().catch(() => {});
  }
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    interrupted = true;
    console.info(`\n${signal}: stopping what the benchmark started`);
    await stopAll();
    process.exit(130);
  });
}

/** A whole sign-in as a person makes it, ending on the dashboard that names them. */
async function signInToDashboard(server) {
  const session = await signIn(server);
  const response = await fetch(`${server.base}/dashboard`, { headers: { cookie: session }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`the dashboard answered ${response.status}`);
  // React separates the given name and the surname with an empty comment in the server's HTML.
  const name = /data-testid="person-name"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replaceAll("<!-- -->", "").trim();
  if (name !== PERSON) throw new Error(`the dashboard does not name the person (it shows ${JSON.stringify(name)})`);
}

/** `count` sign-ins, `parallel` at once; a failed one is counted and its reason kept, and does not stop the rest. */
async function signIns(server, count, parallel) {
  const errors = [];
  const run = await load(count, parallel, () =>
    signInToDashboard(server).catch((error) => {
      errors.push(error instanceof Error ? error.message : String(error));
    }),
  );
  return { ...run, errors };
}

/**
 * What a server holds, after a full garbage collection: read without one, the resident memory after a burst of load
 * is mostly garbage not yet collected, and says more about when the collector last ran than about what was kept.
 */
async function memoryOf(server) {
  const inspector = await server.inspector();
  try {
    const usage = await inspector.memoryAfterGc();
    return {
      rssMiB: serverRssMiB(server.pid),
      heapMiB: usage.heapUsed / 2 ** 20,
      heapTotalMiB: usage.heapTotal / 2 ** 20,
    };
  } finally {
    inspector.close();
  }
}

/**
 * The warm-up, what each server holds after it, the measured run, and what each holds after that. The warm-up has
 * the run's shape (50 at once), so that the memory after it is already that load's high-water mark; before it, one
 * sign-in per server alone, so that the first requests, which load each page's code, do not pile up and time out.
 * `redisCalls` reads Redis's counters, if any.
 */
async function measure(server, processes, redisCalls = async () => undefined) {
  const firsts = await signIns(server, processes.length, 1);
  const warmUp = await signIns(server, WARM_UP, PARALLEL);
  const warm = [];
  for (const target of processes) warm.push(await memoryOf(target));
  const before = await redisCalls();
  const run = await signIns(server, COUNT, PARALLEL);
  const after = await redisCalls();
  // Stopped by a signal, the servers went away under the load: what was measured is not a result.
  if (interrupted) throw new Error("interrupted");
  const memory = [];
  for (const [i, target] of processes.entries()) {
    const held = await memoryOf(target);
    memory.push({
      name: target.name,
      holdsState: target.holdsState ?? false,
      warm: warm[i],
      after: held,
      rssRatio: held.rssMiB / warm[i].rssMiB,
      heapRatio: held.heapMiB / warm[i].heapMiB,
    });
  }
  return {
    warmUpErrors: [...firsts.errors, ...warmUp.errors],
    errors: run.errors,
    perSecond: (COUNT / run.wallMs) * 1000,
    p50: median(run.durations),
    p99: percentile(run.durations, 99),
    memory,
    redis: before && after ? perSignIn(before, after) : undefined,
  };
}

/** Calls of each command so far, from INFO commandstats (`cmdstat_get:calls=12,usec=…`). */
async function commandCalls(redis) {
  const calls = {};
  for (const match of (await redis.info("commandstats")).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    calls[match[1]] = Number(match[2]);
  }
  return calls;
}

function perSignIn(before, after) {
  // Less the one INFO between the two readings: Redis counts a command once it has answered it.
  const byCommand = Object.entries(after)
    .map(([command, calls]) => [command, (calls - (before[command] ?? 0) - (command === "info" ? 1 : 0)) / COUNT])
    .filter(([, calls]) => calls > 0)
    .sort((a, b) => b[1] - a[1]);
  return { total: byCommand.reduce((sum, [, calls]) => sum + calls, 0), byCommand: Object.fromEntries(byCommand) };
}

/**
 * How large what the run left in Redis is, as stored (JSON text): one emulator session (the phone's request and the
 * app's answer inside it) and one sign-in's details (certificate, timeline, the protocol's records), from a sample.
 */
async function storedSizes(redis) {
  const sizes = {};
  for (const [name, pattern] of [
    ["emulator session", "*emulator:session:*"],
    ["sign-in details", "*portal:details:*"],
  ]) {
    const keys = [];
    let cursor = "0";
    do {
      const page = await redis.scan(cursor, { MATCH: pattern, COUNT: 1000 });
      cursor = String(page.cursor);
      keys.push(...page.keys);
    } while (cursor !== "0" && keys.length < 100);
    const lengths = [];
    for (const key of keys.slice(0, 100)) lengths.push(await redis.strLen(key));
    if (lengths.length > 0) sizes[name] = { bytes: median(lengths), sampled: lengths.length };
  }
  return sizes;
}

const reasons = (errors) => [...new Set(errors)].slice(0, 5).join("; ");

function report(result) {
  if (result.warmUpErrors.length > 0) {
    say(`  warm-up errors: ${result.warmUpErrors.length} — ${reasons(result.warmUpErrors)}`);
  }
  say(`  errors: ${result.errors.length}${result.errors.length > 0 ? ` — ${reasons(result.errors)}` : ""}`);
  say(
    `  ${result.perSecond.toFixed(1)} sign-ins/s; a whole sign-in (start → complete → return → dashboard) p50 ${ms(result.p50)}, p99 ${ms(result.p99)}`,
  );
  if (result.redis) {
    const top = Object.entries(result.redis.byCommand)
      .slice(0, 6)
      .map(([command, calls]) => `${command} ${calls.toFixed(1)}`);
    say(`  Redis commands per sign-in: ${result.redis.total.toFixed(1)} (${top.join(", ")})`);
  }
  for (const [name, { bytes, sampled }] of Object.entries(result.stored ?? {})) {
    say(`  one ${name} in Redis: ${(bytes / 1024).toFixed(1)} KiB of JSON (median of ${sampled})`);
  }
  for (const { name, warm, after, rssRatio, heapRatio, holdsState } of result.memory) {
    // A process that holds the state itself grows with every sign-in until the state expires: no target there.
    const target = holdsState ? "it holds the state itself" : met(rssRatio, RSS_TARGET);
    say(
      `  ${name}, after a full GC: RSS ${mib(warm.rssMiB)} after the warm-up → ${mib(after.rssMiB)} after (×${rssRatio.toFixed(2)}; ${target}); heap ${mib(warm.heapMiB)} → ${mib(after.heapMiB)} (×${heapRatio.toFixed(2)}) in use, of ${mib(warm.heapTotalMiB)} → ${mib(after.heapTotalMiB)} V8 holds`,
    );
  }
}

async function clusterRun() {
  const dir = mkdtempSync(join(tmpdir(), "portal-bench-cluster-"));
  const started = {};
  // The processes' logs are kept when the run failed, for a look at what went wrong.
  let keepLogs = false;
  running.add(async () => {
    await stopCluster(started);
    if (keepLogs) console.error(`the cluster's logs are in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  // Each instance's inspector, for a full garbage collection before its memory is read (as the single process has).
  const inspectPort = (port) => BENCH_PORT + 11 + ports.instances.indexOf(port);
  // The test suite's instance settings, with the benchmark's access token and load settings.
  const envFor = (port) => ({
    ...instanceEnv(port),
    ...LOAD_SETTINGS,
    EMULATOR_ACCESS_TOKEN: ACCESS_TOKEN,
    NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort(port)}`,
  });
  const redis = createClient({ url: `redis://127.0.0.1:${ports.redis}` });
  // A lost connection shows as a failed INFO; unheard, the client's error event would end the benchmark on the spot,
  // before it stopped what it started.
  redis.on("error", () => {});
  try {
    const cluster = await startCluster(dir, envFor, started);
    await redis.connect();
    const instances = cluster.instances.map((instance) => ({
      name: `instance :${instance.port}`,
      pid: instance.pid,
      inspector: () => Inspector.connect(inspectPort(instance.port)),
    }));
    const result = await measure({ base: portalUrl, emulator: gatewayUrl }, instances, () => commandCalls(redis));
    result.stored = await storedSizes(redis);
    say(
      `two instances on one Redis behind nginx round robin (:${ports.nginx} → :${ports.instances.join(", :")}), ${COUNT} sign-ins at ${PARALLEL} in parallel after a warm-up of ${WARM_UP}:`,
    );
    report(result);
    return result;
  } catch (error) {
    keepLogs = !interrupted;
    throw error;
  } finally {
    if (redis.isOpen) await redis.close().catch(() => {});
    await stopAll();
  }
}

async function memoryRun() {
  const server = await startServer({ port: BENCH_PORT, inspectPort: BENCH_PORT + 10 });
  running.add(() => server.stop());
  try {
    const result = await measure(server, [{ ...server, name: "the process", holdsState: true }]);
    say(`one process, memory store (:${BENCH_PORT}), the same load:`);
    report(result);
    return result;
  } finally {
    await stopAll();
  }
}

await ensureBuild();
const date = new Date().toISOString();
say(`npm run bench:cluster — ${date} — ${machine()}`);
let redisResult;
let memoryResult;
try {
  redisResult = await clusterRun();
  memoryResult = await memoryRun();
} catch (error) {
  // After a signal, the errors of requests cut short say nothing new.
  if (!interrupted) {
    console.error(`bench:cluster stopped: ${error instanceof Error ? error.message : error}`);
    if (error instanceof Error && error.cause) console.error(String(error.cause));
  }
  process.exitCode = 1;
} finally {
  await stopAll();
}
if (redisResult && memoryResult && !interrupted) {
  const ratio = redisResult.p50 / memoryResult.p50;
  say(
    `Redis p50 ÷ memory p50: ${ms(redisResult.p50)} ÷ ${ms(memoryResult.p50)} = ${ratio.toFixed(2)} (${met(ratio, P50_TARGET)})`,
  );
  // A run with failed sign-ins measured something else than sign-ins: its figures are written, but it fails.
  if (redisResult.errors.length + memoryResult.errors.length > 0) process.exitCode = 1;
  writeFileSync(
    join(RESULTS, "cluster.json"),
    `${JSON.stringify(
      {
        date,
        machine: machine(),
        warmUp: WARM_UP,
        count: COUNT,
        parallel: PARALLEL,
        redis: redisResult,
        memory: memoryResult,
        p50Ratio: ratio,
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(RESULTS, "cluster.md"), `${lines.join("\n")}\n`);
  console.info(`\nwritten: ${join(RESULTS, "cluster.md")}`);
}
