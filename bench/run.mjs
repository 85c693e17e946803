#!/usr/bin/env node
// `npm run bench`: the figures of a sign-in against a production build (`next start`, embedded emulator, memory
// store), each as a ratio to a baseline measured in the same run, so that they survive a noisy machine. About two
// minutes. Writes bench-results/latest.json and bench-results/latest.md; BENCHMARKS.md keeps the runs worth keeping.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { summarizeCpuProfile } from "./cpu-profile.mjs";
import {
  ACCESS_TOKEN,
  ensureBuild,
  load,
  machine,
  median,
  percentile,
  RESULTS,
  ROOT,
  sleep,
  startServer,
} from "./lib.mjs";
import { begin, completeAtGateway, cookiesFrom, returnHop, signIn, startHop } from "./sign-in.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3700);
const results = {};
const lines = [];
const say = (line) => {
  lines.push(line);
  console.info(line);
};
const ms = (value) => `${value.toFixed(1)} ms`;

async function timed(count, task) {
  return (await load(count, 1, task)).durations;
}

/** `count` sign-ins started and confirmed at the gateway, one after another, each waiting for its return hop. */
async function completedSignIns(server, count) {
  const completed = [];
  for (let i = 0; i < count; i++) {
    const bound = await begin(server);
    await completeAtGateway(server, bound.token);
    completed.push(bound);
  }
  return completed;
}

async function hops(server) {
  const trivial = await timed(200, async () => (await fetch(`${server.base}/api/auth/providers`)).text());
  const create = await timed(200, async () =>
    (
      await fetch(`${server.emulator}/api/authentication/create?access_token=${ACCESS_TOKEN}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ return_url: `${server.base}/api/gateway/return` }),
      })
    ).text(),
  );
  const start = await timed(200, async () => (await startHop(server)).text());
  const completed = await completedSignIns(server, 150);
  const status = await timed(150, async (i) =>
    (
      await fetch(`${server.emulator}/api/authentication/${completed[i].token}/status?access_token=${ACCESS_TOKEN}`)
    ).text(),
  );
  const back = await timed(150, async (i) =>
    (await returnHop(server, completed[i].token, completed[i].binding)).text(),
  );
  // The portal's share of Confirm → dashboard, without a browser: the return hop, then the dashboard it leads to.
  const landed = await completedSignIns(server, 60);
  const toDashboard = await timed(60, async (i) => {
    const returned = await returnHop(server, landed[i].token, landed[i].binding);
    const session = cookiesFrom(returned).filter((pair) => pair.includes("session-token"));
    await (await fetch(`${server.base}/dashboard`, { headers: { cookie: session.join("; ") } })).text();
  });
  const t = median(trivial);
  results.hops = {
    returnAndDashboard: median(toDashboard),
    trivial: t,
    create: median(create),
    start: median(start),
    status: median(status),
    return: median(back),
  };
  say(
    `start hop p50 ${ms(median(start))} ÷ (bare create ${ms(median(create))} + trivial ${ms(t)}) = ${(median(start) / (median(create) + t)).toFixed(2)}`,
  );
  say(
    `return hop p50 ${ms(median(back))} ÷ (bare status ${ms(median(status))} + trivial ${ms(t)}) = ${(median(back) / (median(status) + t)).toFixed(2)}`,
  );
  say(
    `return hop + the dashboard's server render, one after the other from an HTTP client: p50 ${ms(median(toDashboard))} (target ≤ 60 ms)`,
  );
}

async function throughput(url, headers, seconds = 3, concurrency = 8) {
  let count = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await (await fetch(url, { headers })).text();
        count++;
      }
    }),
  );
  return count / seconds;
}

async function sessionRead(server) {
  const session = await signIn(server);
  const trivial = await throughput(`${server.base}/api/auth/providers`, {});
  const read = await throughput(`${server.base}/api/auth/session`, { cookie: session });
  const response = await fetch(`${server.base}/api/auth/session`, { headers: { cookie: session } });
  const cookie = cookiesFrom(response).filter((pair) => pair.includes("session-token"));
  const bytes = cookie.reduce((sum, pair) => sum + pair.length, 0);
  results.session = {
    readPerSecond: read,
    trivialPerSecond: trivial,
    ratio: read / trivial,
    cookieBytes: bytes,
    chunks: cookie.length,
  };
  say(
    `session read ${read.toFixed(0)}/s ÷ trivial next-auth route ${trivial.toFixed(0)}/s = ${(read / trivial).toFixed(2)}`,
  );
  say(`session cookie: ${bytes} bytes in ${cookie.length} cookie(s)`);
  return session;
}

async function firstLoadJs(server, session) {
  async function scriptBytes(path, headers = {}) {
    const html = await (await fetch(`${server.base}${path}`, { headers })).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
    let raw = 0;
    let gzip = 0;
    for (const source of sources) {
      const body = Buffer.from(await (await fetch(new URL(source, server.base))).arrayBuffer());
      raw += body.length;
      gzip += gzipSync(body).length;
    }
    return { raw, gzip, files: sources.length };
  }
  const minimal = await scriptBytes("/no-such-page");
  const signInPage = await scriptBytes("/sign-in");
  const dashboard = await scriptBytes("/dashboard", { cookie: session });
  results.firstLoadJs = { minimal, signIn: signInPage, dashboard };
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  say(
    `first-load JS (gzip): /sign-in ${kb(signInPage.gzip)} ÷ minimal page ${kb(minimal.gzip)} = ${(signInPage.gzip / minimal.gzip).toFixed(2)}; /dashboard ${kb(dashboard.gzip)} ÷ minimal = ${(dashboard.gzip / minimal.gzip).toFixed(2)}`,
  );
}

async function signInsAndHeap(server) {
  const inspector = await server.inspector();
  await load(100, 8, () => signIn(server));
  const warm = await inspector.heapAfterGc();
  const at8 = await load(300, 8, () => signIn(server));
  const at50 = await load(1000, 50, () => signIn(server));
  await sleep(200);
  const after = await inspector.heapAfterGc();
  inspector.close();
  const rate = (run, n) => (n / run.wallMs) * 1000;
  results.signIns = {
    at8: { perSecond: rate(at8, 300), p50: median(at8.durations), p95: percentile(at8.durations, 95) },
    at50: { perSecond: rate(at50, 1000), p50: median(at50.durations), p95: percentile(at50.durations, 95) },
  };
  results.heap = {
    warmMiB: warm / 2 ** 20,
    afterMiB: after / 2 ** 20,
    ratio: after / warm,
    growthMiB: (after - warm) / 2 ** 20,
  };
  say(
    `full sign-ins at 8 in parallel: ${rate(at8, 300).toFixed(1)}/s (p50 ${ms(median(at8.durations))}); at 50: ${rate(at50, 1000).toFixed(1)}/s (p50 ${ms(median(at50.durations))}, p95 ${ms(percentile(at50.durations, 95))})`,
  );
  say(
    `heap after GC: warm ${results.heap.warmMiB.toFixed(1)} MiB → after 1,300 sign-ins ${results.heap.afterMiB.toFixed(1)} MiB (×${results.heap.ratio.toFixed(2)}, +${results.heap.growthMiB.toFixed(1)} MiB)`,
  );
}

async function browserFigures(server) {
  const { chromium } = await import("playwright-core");
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    // QR cadence: when the hosted page receives each new code.
    const context = await browser.newContext();
    const page = await context.newPage();
    const { token } = await begin(server);
    const arrivals = [];
    page.on("response", (response) => {
      if (response.url().includes("/smartid-v3/qr")) arrivals.push(performance.now());
    });
    await page.goto(`${server.emulator}/auth/${token}`);
    await sleep(10_500);
    const intervals = arrivals.slice(1).map((t, i) => t - arrivals[i]);
    results.qr = { p50: median(intervals), p99: percentile(intervals, 99), samples: intervals.length };
    say(`QR cadence: p50 ${ms(median(intervals))}, p99 ${ms(percentile(intervals, 99))} (${intervals.length} codes)`);
    await context.close();

    // Confirm → dashboard, with the phone's answer given by script the moment the code is on screen.
    const toDashboard = [];
    const leaving = [];
    const serverHops = [];
    const painting = [];
    for (let i = 0; i < 15; i++) {
      const desktop = await browser.newContext();
      const tab = await desktop.newPage();
      await tab.goto(`${server.base}/sign-in?flow=qr`);
      const qr = tab.waitForResponse((response) => response.url().includes("/smartid-v3/qr"));
      await tab.getByRole("button", { name: "Continue to the gateway" }).click();
      const { link } = await (await qr).json();
      const check = await fetch(`${server.emulator}/device-link/check`, {
        method: "POST",
        body: JSON.stringify({ link }),
      });
      if (!check.ok) throw new Error(`the app refused the code: ${await check.text()}`);
      // When the browser asks for the return hop and when the dashboard's answer arrives: the portal's share.
      const marks = {};
      tab.on("request", (request) => {
        if (request.url().includes("/api/gateway/return")) marks.returnAsked ??= performance.now();
      });
      tab.on("response", (response) => {
        if (new URL(response.url()).pathname === "/dashboard") marks.dashboardAnswered ??= performance.now();
      });
      const left = tab.waitForURL((url) => !url.pathname.startsWith("/emulator/"), { waitUntil: "commit" });
      const t0 = performance.now();
      await fetch(`${server.emulator}/device-link/respond`, {
        method: "POST",
        body: JSON.stringify({ link, decision: "confirm", identityKey: "PNOEE-40404040009", pin: "12345" }),
      });
      await left;
      await tab.waitForURL(/\/dashboard$/);
      await tab.getByTestId("person-name").waitFor();
      const painted = performance.now();
      toDashboard.push(painted - t0);
      leaving.push(marks.returnAsked - t0);
      serverHops.push(marks.dashboardAnswered - marks.returnAsked);
      painting.push(painted - marks.dashboardAnswered);
      await desktop.close();
    }
    results.confirm = {
      toDashboardP50: median(toDashboard),
      toDashboardP99: percentile(toDashboard, 99),
      leavingP50: median(leaving),
      leavingP99: percentile(leaving, 99),
      returnAndDashboardP50: median(serverHops),
      paintP50: median(painting),
    };
    say(`Confirm → dashboard painted: p50 ${ms(median(toDashboard))}, p99 ${ms(percentile(toDashboard, 99))}`);
    say(`  of which Confirm → the hosted page leaving: p50 ${ms(median(leaving))}, p99 ${ms(percentile(leaving, 99))}`);
    say(
      `  the return hop + the dashboard's server render (as the browser sees them): p50 ${ms(median(serverHops))}; then painting: p50 ${ms(median(painting))}`,
    );
  } finally {
    await browser.close();
  }
}

async function cpuProfile() {
  const directory = join(RESULTS, `cpu-${Date.now()}`);
  const server = await startServer({ port: PORT + 1, inspectPort: PORT + 11, cpuProfileDir: directory });
  await load(50, 8, () => signIn(server));
  await load(400, 8, () => signIn(server));
  await server.stop();
  const file = existsSync(directory) ? readdirSync(directory).find((name) => name.endsWith(".cpuprofile")) : undefined;
  if (!file) return say("CPU profile: none written");
  const summary = summarizeCpuProfile(JSON.parse(readFileSync(join(directory, file), "utf8")));
  results.cpuProfile = summary;
  say("where the time of a sign-in goes (CPU profile, self time by area):");
  for (const row of summary.areas.slice(0, 10)) say(`  ${row.share.toFixed(1).padStart(5)} %  ${row.area}`);
}

// BENCH_ONLY=hops,session,js,browser,load,profile runs some parts only, for working on one figure.
const only = process.env.BENCH_ONLY?.split(",");
const part = (name) => !only || only.includes(name);

await ensureBuild();
say(`npm run bench — ${new Date().toISOString()} — ${machine()}${only ? ` — only ${only.join(", ")}` : ""}`);
const server = await startServer({ port: PORT, inspectPort: PORT + 10 });
try {
  if (part("hops")) await hops(server);
  const session = part("session") || part("js") ? await sessionRead(server) : undefined;
  if (part("js")) await firstLoadJs(server, session);
  if (part("browser")) await browserFigures(server);
  if (part("load")) await signInsAndHeap(server);
} finally {
  await server.stop();
}
if (part("profile")) await cpuProfile();
writeFileSync(
  join(RESULTS, "latest.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`,
);
writeFileSync(join(RESULTS, "latest.md"), `${lines.join("\n")}\n`);
console.info(`\nwritten: ${join(RESULTS, "latest.md")} (ROOT ${ROOT})`);
