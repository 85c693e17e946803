import { readFileSync, statSync } from "node:fs";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { createClient } from "@redis/client";
import { BINDING_COOKIE, DEMO_IDENTITY, expectDashboard, startSignIn } from "../e2e/portal/support";
import {
  accessToken,
  gatewayUrl,
  instanceUrl,
  portalUrl,
  ports,
  readCluster,
  redisPrefix,
  redisUrl,
  restartRedis,
  stopRedis,
} from "./support/cluster";
import { confirmQrOnAPhone, gateway, startAt } from "./support/flows";

/**
 * Redis lost and found, with the real redis-server killed and started again on the same port (empty: it keeps
 * nothing on disk). While it is away, every sign-in step says so in plain words and the emulator answers 503 with
 * Retry-After; nothing is half-written. When it is back, everything works again, and no instance was restarted.
 * This file runs last: it takes the shared Redis away.
 */

test.describe.configure({ mode: "serial" });

const UNAVAILABLE = "Sign-in is unavailable right now";

/** Lines each instance has written so far. */
const logs = () => readCluster().instances.map((instance) => readFileSync(instance.log, "utf8"));
const count = (text: string, line: string) => text.split(line).length - 1;

async function bindingOf(page: Page) {
  return (await page.context().cookies(portalUrl)).find((cookie) => cookie.name === BINDING_COOKIE);
}

function expectRetryLater(response: APIResponse, what: string) {
  expect(response.status(), what).toBe(503);
  expect(Number(response.headers()["retry-after"]), `${what}: Retry-After`).toBeGreaterThan(0);
}

/** What the emulator's API answers on each instance, asked straight, without nginx. */
async function createOnEachInstance(request: import("@playwright/test").APIRequestContext) {
  return Promise.all(
    ports.instances.map((port) =>
      request.post(`${instanceUrl(port)}/emulator/api/authentication/create?access_token=${accessToken}`, {
        data: { return_url: `${portalUrl}/api/gateway/return` },
      }),
    ),
  );
}

let pidsBefore: number[] = [];
let connectedBefore: number[] = [];
let returning: { page: Page; token: string } | undefined;

test("while Redis is down: sign-in pages say it is unavailable, the emulator answers 503, nothing is half-written", async ({
  browser,
  request,
}) => {
  // A sign-in that reached the gateway and was confirmed there, about to come back when Redis goes.
  const returningPage = await (await browser.newContext()).newPage();
  const token = await startSignIn(returningPage, "flow=qr");
  await gateway.controlOk(request, token, "complete", { identity: DEMO_IDENTITY });
  returning = { page: returningPage, token };
  const bindingBefore = await bindingOf(returningPage);
  expect(bindingBefore).toBeDefined();

  const cluster = readCluster();
  pidsBefore = cluster.instances.map((instance) => instance.pid);
  connectedBefore = logs().map((log) => count(log, "[store] connected to Redis"));
  const accessLogFrom = statSync(cluster.nginx.accessLog).size;
  await stopRedis();

  // Starting a sign-in, twice (so that nginx hands it to each instance in turn).
  const page = await (await browser.newContext()).newPage();
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.goto(`${portalUrl}/sign-in?flow=qr`);
    const started = page.waitForResponse((response) => response.url().endsWith("/api/gateway/start"));
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    const answer = await started;
    expect(answer.status()).toBe(303);
    expect(Number(answer.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page).toHaveURL(/\/sign-in\/error\?reason=unavailable/);
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();
    await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/sign-in?flow=qr");
  }
  // Nothing half-written: no binding cookie in the browser, and the gateway was never asked for a session.
  expect(await bindingOf(page)).toBeUndefined();
  const duringOutage = readFileSync(readCluster().nginx.accessLog, "utf8").slice(accessLogFrom);
  expect(duringOutage).not.toContain("POST /emulator/api/authentication/create");

  // The return: the same page, and the sign-in is left as it was for a later try.
  await returningPage.goto(`${portalUrl}/api/gateway/return?session_token=${token}`);
  await expect(returningPage).toHaveURL(/\/sign-in\/error\?reason=unavailable/);
  await expect(returningPage.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();
  await expect(returningPage.getByRole("link", { name: "Try again" })).toBeVisible();
  expect((await bindingOf(returningPage))?.value).toBe(bindingBefore?.value);

  // The gateway's own page says so too.
  await returningPage.goto(`${gatewayUrl}/auth/${token}`);
  await expect(returningPage.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();

  // The emulator's API, through nginx and on each instance.
  expectRetryLater(
    await request.post(gateway.withToken("/api/authentication/create"), {
      data: { return_url: `${portalUrl}/api/gateway/return` },
    }),
    "create through nginx",
  );
  expectRetryLater(await gateway.statusOf(request, token), "status through nginx");
  for (const [i, answer] of (await createOnEachInstance(request)).entries()) {
    expectRetryLater(answer, `create on instance ${i}`);
  }
  // Each instance noticed, in one line.
  for (const log of logs()) expect(log).toContain("[store] lost the connection to Redis");
});

test("when Redis is back on the same port: everything works again, with no instance restarted", async ({
  page,
  browser,
  request,
}) => {
  await restartRedis();
  // Each instance reconnects by itself within a few seconds.
  await expect
    .poll(() => logs().map((log, i) => count(log, "[store] connected to Redis") > (connectedBefore[i] ?? 0)), {
      timeout: 20_000,
    })
    .toEqual(ports.instances.map(() => true));

  // Nothing tried while Redis was away reached it afterwards: no emulator session was left behind by the
  // sign-ins refused during the outage (the client keeps no offline queue to replay).
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  try {
    expect(await redis.keys(`${redisPrefix}emulator:session:*`)).toEqual([]);
  } finally {
    await redis.close();
  }

  for (const [i, answer] of (await createOnEachInstance(request)).entries()) {
    expect(answer.status(), `create on instance ${i}`).toBe(200);
  }

  // A full sign-in in the browser, through nginx.
  await startAt(page, "flow=qr");
  await confirmQrOnAPhone(page, browser);
  await expectDashboard(page, portalUrl);

  expect(readCluster().instances.map((instance) => instance.pid)).toEqual(pidsBefore);
  await returning?.page.context().close();
});
