import { type BrowserContext, devices, expect, type Locator, type Page, test } from "@playwright/test";
import { accessToken, authSecret, portalUrl } from "../support/servers";
import {
  BINDING_COOKIE,
  bindingCookie,
  complete,
  confirmInApp,
  decodeQr,
  expectDashboard,
  returnToPortal,
  seriousViolations,
  signInToDashboard,
  startSignIn,
} from "./support";

/**
 * The protocol view: the sequence diagram of a sign-in on the dashboard (finished) and at /sign-in/protocol (in
 * progress), what its arrows open, and that nothing secret reaches the page.
 */

const GATEWAY_PAGE = /\/emulator\/auth\/([0-9a-f]{64})\?_locale=en$/;

/** The diagram's row of a step (`create`, `status`, `qrScan`…): rows of recorded steps have ids like `create-0`. */
const row = (page: Page, step: string) => page.locator(`[data-step="${step}"], [data-step^="${step}-"]`).first();

async function expectStates(page: Page, states: Record<string, string>) {
  for (const [step, state] of Object.entries(states)) {
    await expect(row(page, step), step).toHaveAttribute("data-state", state);
  }
}

/** Opens an arrow's payload by its button and returns the panel. */
async function openPayload(page: Page, title: string): Promise<Locator> {
  const button = page.getByRole("button", { name: new RegExp(`^${title}`) });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await expect(panel).toBeVisible();
  return panel;
}

/** The values that must never be in a page: secrets of the server and of this browser. */
async function secretsOf(context: BrowserContext, sessionToken: string, bindingValue?: string) {
  const cookies = await context.cookies(portalUrl);
  const session = cookies.find((cookie) => cookie.name.startsWith("authjs.session-token"))?.value;
  const binding = bindingValue ?? cookies.find((cookie) => cookie.name === BINDING_COOKIE)?.value;
  return Object.entries({ accessToken, authSecret, sessionToken, session, binding }).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].length > 0,
  );
}

/** Neither the rendered page nor the HTML as the server sends it (with this browser's cookies) holds a secret. */
async function expectNoSecrets(page: Page, path: string, secrets: Array<[string, string]>) {
  const rendered = await page.content();
  const raw = await (await page.request.get(path)).text();
  expect(raw).toContain('data-testid="protocol-diagram"');
  for (const [name, value] of secrets) {
    expect(rendered.includes(value), `${name} in the rendered ${path}`).toBe(false);
    expect(raw.includes(value), `${name} in the HTML of ${path}`).toBe(false);
  }
}

test.describe("the protocol view of a finished sign-in, on the dashboard", () => {
  test("Smart-ID+ QR through the virtual app: every exchange drawn, an arrow opens its payload", async ({
    page,
    browser,
  }) => {
    await page.goto("/sign-in?flow=qr");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.waitForURL(GATEWAY_PAGE);
    const token = GATEWAY_PAGE.exec(page.url())?.[1] ?? "";
    const binding = (await bindingCookie(page.context()))?.value;
    const phone = await (await browser.newContext()).newPage();
    await phone.goto(await decodeQr(page.getByTestId("smartid-qr")));
    await confirmInApp(phone, "EE", "40404040009");
    await expectDashboard(page);
    await phone.context().close();

    const view = page.getByRole("region", { name: "The protocol, step by step" });
    await expect(view.getByText("Browser", { exact: true })).toBeVisible();
    await expectStates(page, {
      create: "seen",
      redirect: "seen",
      qrPage: "unseen",
      qrScan: "unseen",
      return: "seen",
      status: "seen",
      session: "seen",
    });
    await expect(row(page, "qrPage")).toContainText("a photo of it is useless after a few seconds");
    await expect(row(page, "qrScan")).toContainText("a phishing site cannot relay it");
    // Timing: when, from the start, and how long the request took.
    await expect(row(page, "create")).toContainText(/\+\d+\s?ms · took \d+\s?ms/);
    await expect(row(page, "create")).toContainText("POST /api/authentication/create → 200");

    const create = await openPayload(page, "Create the session");
    await expect(create).toContainText('"return_url": "http://localhost:');
    await expect(create).toContainText(`"session_token": "${token.slice(0, 4)}…(elided)"`);
    await expect(create).toContainText("HTTP status200");
    await expect(create).toContainText("The access token went in the request's address");

    const status = await openPayload(page, "Read the result");
    await expect(status).toContainText('"name": "OK"');
    await expect(status).toContainText(`/api/authentication/${token.slice(0, 4)}…(elided)/status`);
    await expect(status).toContainText("characters)");

    const session = await openPayload(page, "Session made");
    await expect(session).toContainText('"name": "authjs.session-token"');
    await expect(session).toContainText('"value": "(withheld)"');

    // Closing it again.
    await page.getByRole("button", { name: /^Create the session/ }).click();
    await expect(create).toBeHidden();

    // The binding cookie is gone by now; the value it had must not be in the page either.
    await expectNoSecrets(page, "/dashboard", await secretsOf(page.context(), token, binding));
  });

  test.describe("on a phone", () => {
    const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
    test.use(pixel5);

    test("Smart-ID+ same device: the app2app hop the portal forwarded is drawn solid", async ({ page }) => {
      await page.goto("/sign-in?flow=same-device");
      await page.getByRole("button", { name: "Continue to the gateway" }).click();
      await page.waitForURL(GATEWAY_PAGE);
      await page.getByRole("link", { name: "Open Smart-ID app" }).click();
      await confirmInApp(page, "EE", "40404040009");
      await expectDashboard(page);

      await expectStates(page, { appOpen: "unseen", app2app: "seen", return: "seen", session: "seen" });
      const hop = await openPayload(page, "The app comes back");
      await expect(hop).toContainText('"userChallengeVerifier": "(43 characters, withheld)"');
      await expect(hop).toContainText("/smartid-v3/callback?…");
    });
  });

  test("Classic Smart-ID: the four-digit code is drawn as out of the portal's sight", async ({ page, request }) => {
    await signInToDashboard(page, request, "flow=classic&methods=smartid&country=ee&code=40404040009");
    await expectStates(page, { classicForm: "unseen", classicCode: "unseen", status: "seen" });
    await expect(row(page, "classicCode")).toContainText("you confirm only if the two match");
    const create = await openPayload(page, "Create the session");
    await expect(create).toContainText('"smartid_qr_flow": false');
    await expect(create).toContainText('"code": "40404040009"');
  });
});

test.describe("the protocol view of the sign-in in progress", () => {
  test("linked from the redirect page: create drawn, the rest still to come", async ({ page }) => {
    // Presenter mode holds the redirect page until Continue.
    await page.goto("/sign-in?flow=qr&present=1");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.getByRole("link", { name: "See this sign-in step by step" }).click();
    await expect(page).toHaveURL(`${portalUrl}/sign-in/protocol`);
    await expect(page.getByRole("heading", { name: "This sign-in, step by step" })).toBeVisible();
    await expectStates(page, { create: "seen", redirect: "pending", return: "pending", session: "pending" });
    await expect(row(page, "return")).toContainText("pending");
    await page.goto("/?present=0");
  });

  test("after the redirect: create and redirect drawn, return, status and session pending; no secret", async ({
    page,
  }) => {
    const token = await startSignIn(page, "flow=qr");
    const binding = (await bindingCookie(page.context()))?.value;
    expect(binding).toBeTruthy();
    await page.goto("/sign-in/protocol");
    await expectStates(page, {
      create: "seen",
      redirect: "seen",
      qrPage: "unseen",
      return: "pending",
      status: "pending",
      session: "pending",
    });
    const redirect = await openPayload(page, "To the gateway's page");
    await expect(redirect).toContainText(`/emulator/auth/${token.slice(0, 4)}…(elided)?_locale=en`);
    await openPayload(page, "Create the session");
    // Drawing the protocol changes nothing: the binding is the same cookie.
    expect((await bindingCookie(page.context()))?.value).toBe(binding);
    await expectNoSecrets(page, "/sign-in/protocol", await secretsOf(page.context(), token));
    // The way back to the sign-in.
    await page.getByRole("link", { name: "Back to the gateway's page" }).click();
    await page.waitForURL(GATEWAY_PAGE);
  });

  test("linked from the finishing page: the return and the 'waiting' answer are drawn", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=qr");
    await returnToPortal(page, token);
    await expect(page.getByRole("heading", { name: "Finishing sign-in…" })).toBeVisible();
    await page.getByRole("link", { name: "See this sign-in step by step" }).click();
    await expect(page).toHaveURL(`${portalUrl}/sign-in/protocol`);
    await expectStates(page, { return: "seen", status: "seen", session: "pending" });
    const status = await openPayload(page, "Read the result");
    await expect(status).toContainText('"status": "waiting"');
    // And the sign-in still finishes, with the whole record on the dashboard.
    await complete(request, token);
    await returnToPortal(page, token);
    await expectDashboard(page);
    await expectStates(page, { return: "seen", session: "seen" });
  });

  test("a browser with no sign-in in progress is told so, and offered a new one", async ({ page }) => {
    await page.goto("/sign-in/protocol");
    await expect(page.getByRole("heading", { name: "No sign-in in progress" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start signing in" })).toBeVisible();
    await expect(page.getByTestId("protocol-diagram")).toHaveCount(0);
  });
});

test.describe("accessible and usable everywhere", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`no serious axe findings in ${theme} mode, with a payload open`, async ({ page, request, context }) => {
      await context.addCookies([{ name: "portal.theme", value: theme, url: portalUrl }]);
      const token = await startSignIn(page, "flow=qr");
      await page.goto("/sign-in/protocol");
      await openPayload(page, "Create the session");
      expect(await seriousViolations(page), "in progress").toEqual([]);
      await complete(request, token);
      await returnToPortal(page, token);
      await expectDashboard(page);
      await openPayload(page, "Read the result");
      expect(await seriousViolations(page), "dashboard").toEqual([]);
    });
  }

  test("from the keyboard: Tab reaches an arrow, Enter opens its payload", async ({ page }) => {
    await startSignIn(page, "flow=qr");
    await page.goto("/sign-in/protocol");
    const button = page.getByRole("button", { name: /^Create the session/ });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    // The screen reader hears where each arrow goes.
    await expect(button).toHaveAccessibleName("Create the session (from Portal to Gateway)");
  });

  test.describe("on a 360 px phone", () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test("the diagram reflows to the width: nothing scrolls sideways, every arrow's label in view", async ({
      page,
      request,
    }) => {
      await signInToDashboard(page, request);
      const diagram = page.getByTestId("protocol-diagram");
      await diagram.scrollIntoViewIfNeeded();
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        screen: window.innerWidth,
      }));
      expect(widths.content).toBeLessThanOrEqual(widths.screen);
      const frame = await diagram.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(frame.scroll).toBeLessThanOrEqual(frame.client);
      for (const button of await diagram.getByRole("button").all()) {
        const box = await button.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 360, String(await button.textContent())).toBe(true);
      }
      await openPayload(page, "Read the result");
      const after = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(after).toBe(true);
    });
  });
});
