import { expect, test } from "@playwright/test";
import { signInToDashboard, startSignIn } from "../portal/support";
import { accessToken, authSecret, gatewayUrl, port, portalUrl } from "../support/servers";
import { SpawnedServer } from "../support/spawned-server";

/**
 * The defences of a portal that faces the internet, each as a person or an attacker would meet it: security headers
 * on every kind of response, no framing, sign-out that ends copied cookies too, cross-site rules, body caps,
 * per-client limits and the ceiling on sign-ins in progress (on a server of the test's own with low limits),
 * proxy headers that count only when a proxy is trusted, and a production server that refuses the public token.
 */

const LIMITED_PORT = port + 6;
const REFUSING_PORT = port + 7;
const FULL_PORT = port + 8;

test.describe("security headers", () => {
  test("every kind of response carries them; page scripts carry the request's nonce", async ({ request, page }) => {
    const token = await startSignIn(page, "flow=qr");
    const responses = {
      "portal page": await request.get(`${portalUrl}/sign-in`),
      "hosted page": await request.get(`${gatewayUrl}/auth/${token}`),
      "gateway API": await request.get(`${gatewayUrl}/api/authentication/${token}/status?access_token=${accessToken}`),
      "route redirect": await request.get(`${portalUrl}/api/gateway/return`, { maxRedirects: 0 }),
      "not found": await request.get(`${portalUrl}/no-such-page`),
    };
    for (const [kind, response] of Object.entries(responses)) {
      const headers = response.headers();
      expect(headers["content-security-policy"], kind).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
      );
      expect(headers["content-security-policy"], kind).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], kind).toBe("DENY");
      expect(headers["x-content-type-options"], kind).toBe("nosniff");
      expect(headers["permissions-policy"], kind).toContain("camera=()");
    }
    expect(responses["hosted page"].headers()["referrer-policy"]).toBe("no-referrer");
    expect(responses["route redirect"].headers()["referrer-policy"]).toBe("no-referrer");
    expect(responses["portal page"].headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

    const page1 = responses["portal page"];
    const nonce = /'nonce-([^']+)'/.exec(page1.headers()["content-security-policy"] ?? "")?.[1];
    const scripts = [...(await page1.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const again = await request.get(`${portalUrl}/sign-in`);
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });

  test("no page of the portal or the virtual app renders inside another site's frame", async ({ page }) => {
    const foreign = `${gatewayUrl}/framing-page`;
    await page.route(foreign, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><iframe id="a" src="${portalUrl}/sign-in"></iframe><iframe id="b" src="${gatewayUrl}/device-link"></iframe>`,
      }),
    );
    await page.goto(foreign);
    await page.waitForTimeout(1500);
    for (const id of ["a", "b"]) {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      const buttons = frame
        ? await frame
            .locator("button, a")
            .count()
            .catch(() => 0)
        : 0;
      expect(buttons, `frame ${id}`).toBe(0);
    }
  });
});

test.describe("sign-out", () => {
  test("ends the session on the server: a copied cookie gets the signed-out treatment", async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInToDashboard(page, request);
    // The PEM download works under the CSP.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download certificate (PEM)" }).click();
    expect(await (await download).path()).toBeTruthy();
    const copied = (await context.cookies(portalUrl)).filter((cookie) => cookie.name.includes("session-token"));
    expect(copied.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${portalUrl}/`);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const session = await thief.request.get(`${portalUrl}/api/auth/session`);
    expect(await session.json()).toBeNull();
    const stolen = await thief.newPage();
    await stolen.goto(`${portalUrl}/dashboard`);
    await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    await thief.close();
    await context.close();
  });
});

test.describe("cross-site rules and body caps", () => {
  test("a start posted from another site is refused, whatever it claims", async ({ request }) => {
    const claims: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "sec-fetch-site": "same-site" },
      { referer: "https://evil.example/page" },
      {},
    ];
    for (const headers of claims) {
      const response = await request.post(`${portalUrl}/api/gateway/start`, {
        headers,
        form: { flow: "qr" },
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(headers)).toBe(303);
      expect(response.headers().location, JSON.stringify(headers)).toContain("/sign-in/error?reason=bad-request");
      expect(response.headers()["set-cookie"] ?? "", JSON.stringify(headers)).not.toContain("portal.sign-in=v1");
    }
  });

  test("bodies over the cap are refused with 413 before anything is made", async ({ request }) => {
    const big = "x".repeat(100_000);
    expect(
      (await request.post(`${portalUrl}/api/gateway/start`, { data: big, headers: { origin: portalUrl } })).status(),
    ).toBe(413);
    expect((await request.post(`${portalUrl}/api/auth/signout`, { data: "x".repeat(20_000) })).status()).toBe(413);
    const create = await request.post(`${gatewayUrl}/api/authentication/create?access_token=${accessToken}`, {
      data: { return_url: "http://localhost/r", code: "1".repeat(20_000) },
    });
    expect(create.status()).toBe(413);
  });

  test("input that used to end in a 500 gets a 4xx", async ({ request }) => {
    expect(
      (await request.get(`${gatewayUrl}/api/authentication/%zz/status?access_token=${accessToken}`)).status(),
    ).toBe(400);
    expect((await request.get(`${portalUrl}/api/auth/session?callbackUrl=javascript:alert(1)`)).status()).toBe(200);
    const cookie = await request.get(`${portalUrl}/api/auth/session`, {
      headers: { cookie: "authjs.callback-url=notaurl" },
    });
    expect(cookie.status()).toBe(200);
    const action = await request.post(`${portalUrl}/dashboard`, {
      headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(action.status()).toBe(403);
  });
});

test.describe("proxy headers", () => {
  test("a viewer's X-Forwarded-Host does not move the device links: they follow EMULATOR_PUBLIC_URL", async ({
    page,
    request,
  }) => {
    const token = await startSignIn(page, "flow=same-device");
    const html = await (
      await request.get(`${gatewayUrl}/auth/${token}`, {
        headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      })
    ).text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`${gatewayUrl}/device-link?deviceLinkType=`);
  });
});

test.describe("limits on a server with low ones", () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    server = await SpawnedServer.start(LIMITED_PORT, {
      NODE_ENV: "production",
      AUTH_SECRET: authSecret,
      EMULATOR_ACCESS_TOKEN: accessToken,
      EMULATOR_PUBLIC_URL: `http://127.0.0.1:${LIMITED_PORT}/emulator`,
      SIGN_IN_RATE_LIMIT_PER_MINUTE: "3",
      MAX_SIGN_INS_IN_PROGRESS: "2",
    });
  });
  test.afterAll(async () => server?.stop());

  test("the portal: a ceiling on sign-ins in progress, then this client's limit; a forged address does not help", async ({
    request,
  }) => {
    const start = (forwardedFor: string) =>
      request.post(`${server.url}/api/gateway/start`, {
        headers: { origin: server.url, "x-forwarded-for": forwardedFor },
        form: { flow: "qr" },
        maxRedirects: 0,
      });
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) outcomes.push((await start(`198.51.100.${i}`)).headers().location ?? "");
    expect(outcomes[0]).toContain("/sign-in/redirect");
    expect(outcomes[1]).toContain("/sign-in/redirect");
    expect(outcomes[2]).toContain("reason=portal-busy");
    expect(outcomes[3]).toContain("reason=too-many-attempts");
    expect(outcomes[4]).toContain("reason=too-many-attempts");
  });

  test("the page says what happened and when to try again", async ({ page }) => {
    await page.goto(`${server.url}/sign-in/error?reason=too-many-attempts&flow=qr`);
    await expect(page.getByRole("heading", { name: "Too many sign-ins from here" })).toBeVisible();
    await expect(page.getByText("Wait a minute and try again.")).toBeVisible();
  });
});

test.describe("the emulator on a server with low limits", () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    server = await SpawnedServer.start(FULL_PORT, {
      NODE_ENV: "production",
      AUTH_SECRET: authSecret,
      EMULATOR_ACCESS_TOKEN: accessToken,
      EMULATOR_PUBLIC_URL: `http://127.0.0.1:${FULL_PORT}/emulator`,
      EMULATOR_RATE_LIMIT_PER_MINUTE: "5",
      EMULATOR_MAX_SESSIONS: "3",
    });
  });
  test.afterAll(async () => server?.stop());

  test("429 with Retry-After per client, and a full store refuses new sessions without dropping live ones", async ({
    request,
  }) => {
    const emulator = `http://127.0.0.1:${FULL_PORT}/emulator`;
    const create = () =>
      request.post(`${emulator}/api/authentication/create?access_token=${accessToken}`, {
        data: { return_url: "http://localhost/return" },
      });
    const first = await create();
    expect(first.status()).toBe(200);
    const { session_token: kept } = await first.json();
    expect((await create()).status()).toBe(200);
    expect((await create()).status()).toBe(200);
    const full = await create();
    expect(full.status()).toBe(503);
    expect(Number(full.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await create()).status()).toBe(503);
    const limited = await create();
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    const status = await request.get(`${emulator}/api/authentication/${kept}/status?access_token=${accessToken}`);
    expect(await status.json()).toMatchObject({ status: "waiting" });
  });
});
test("a production server with the embedded emulator and no EMULATOR_ACCESS_TOKEN refuses to start, naming it", async () => {
  const server = await SpawnedServer.start(
    REFUSING_PORT,
    { NODE_ENV: "production", AUTH_SECRET: authSecret },
    { waitUntilReady: false },
  );
  expect(await server.exitCode()).toBe(1);
  expect(server.lines.join("\n")).toMatch(/^Configuration error: EMULATOR_ACCESS_TOKEN is required in production/m);
  await server.stop();
});
