import { networkInterfaces } from "node:os";
import { type BrowserContextOptions, devices, expect, type Page, test } from "@playwright/test";
import { expectDashboard } from "../portal/support";
import { accessToken, authSecret, port } from "../support/servers";
import { SpawnedServer } from "../support/spawned-server";
import { confirmInApp, createHostedSession, decodeQr, expectReturned, returnPageForTheseTests } from "./support";

/**
 * A hosted demo that a stakeholder's own phone can scan: the server is told the address the phone reaches it at
 * (EMULATOR_PUBLIC_URL, AUTH_URL), every link the phone is given points there, and what the phone shows fits a
 * 360 px screen.
 */

const DEMO_PORT = port + 9;

/** A 360 px wide phone (the narrowest common Android width), touch, a phone's User-Agent. */
const PHONE_360: BrowserContextOptions = {
  userAgent: devices["Pixel 5"].userAgent,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** This machine's address on its network, as a phone on the same network would reach it. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === "IPv4" && !address.internal) return address.address;
  }
  // A machine on no network: any name but 127.0.0.1 still shows that the configured address is the one used.
  return "localhost";
}

test.describe("with EMULATOR_PUBLIC_URL and AUTH_URL set to the machine's address", () => {
  const origin = `http://${lanAddress()}:${DEMO_PORT}`;
  let server: SpawnedServer;

  test.beforeAll(async () => {
    server = await SpawnedServer.start(DEMO_PORT, {
      NODE_ENV: "production",
      AUTH_SECRET: authSecret,
      EMULATOR_ACCESS_TOKEN: accessToken,
      AUTH_URL: origin,
      EMULATOR_PUBLIC_URL: `${origin}/emulator`,
      SIGN_IN_REDIRECT_DELAY_MS: "300",
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("the QR code points at the configured public address, and the phone that scans it signs the person in", async ({
    page,
    browser,
  }) => {
    await page.goto(`${origin}/sign-in?flow=qr`);
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.waitForURL(new RegExp(`^${origin.replaceAll(".", "\\.")}/emulator/auth/[0-9a-f]{64}\\?_locale=en$`));

    const link = await decodeQr(page.getByTestId("smartid-qr"));
    expect(new URL(link).origin).toBe(origin);
    expect(link.startsWith(`${origin}/emulator/device-link?deviceLinkType=QR&`)).toBe(true);
    expect(link).not.toContain("127.0.0.1");

    const phoneContext = await browser.newContext(PHONE_360);
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await confirmInApp(phone, "EE", "40404040009");
    await expectDashboard(page, origin);
    await phoneContext.close();
  });
});

test.describe("on a 360 px phone", () => {
  test.use(PHONE_360);
  const returnPage = returnPageForTheseTests("/return");

  /** Nothing scrolls sideways, and every control lies within the screen's width. */
  async function expectFits(page: Page, screen: string) {
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const controls = [...document.querySelectorAll("a[href], button, input, select, textarea")];
      return {
        width,
        scrollWidth: document.documentElement.scrollWidth,
        outside: controls
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return box.width > 0 && (box.left < 0 || box.right > width + 0.5);
          })
          .map((control) => control.outerHTML.slice(0, 100)),
      };
    });
    expect(layout.width, screen).toBe(360);
    expect(layout.scrollWidth, `${screen}: scrolls sideways`).toBeLessThanOrEqual(layout.width);
    expect(layout.outside, `${screen}: controls beyond the screen's edge`).toEqual([]);
  }

  test("the hosted page, each method's tab, and the virtual Smart-ID app through to the end", async ({
    page,
    request,
  }) => {
    const session = await createHostedSession(request, {
      returnUrl: returnPage.url,
      methods: ["smartid", "mobile", "smartcard"],
    });
    await page.goto(session.url);
    await expect(page.getByTestId("smartid-qr")).toBeVisible();
    await expectFits(page, "hosted page");
    for (const tab of ["Mobile-ID", "ID card", "Smart-ID"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expectFits(page, `hosted page, ${tab}`);
    }

    await page.getByRole("link", { name: "Open Smart-ID app" }).click();
    await expect(page.getByRole("heading", { name: /^Log in to / })).toBeVisible();
    await expectFits(page, "virtual Smart-ID app");
    await confirmInApp(page, "EE", "40404040009");
    await expectReturned(page, returnPage.url, session.token);
  });

  test("classic Smart-ID: the hosted page's code and the virtual phone through to the end", async ({
    page,
    browser,
    request,
  }) => {
    const session = await createHostedSession(request, {
      returnUrl: returnPage.url,
      qrFlow: false,
      countryCode: "ee",
      code: "40404040009",
    });
    await page.goto(session.url);
    await expectFits(page, "classic form");
    await page.getByRole("button", { name: "Continue" }).click();
    const code = page.getByTestId("verification-code");
    await expect(code).toHaveText(/^\d{4}$/);
    await expectFits(page, "verification code");

    const href = await page.getByRole("link", { name: "Open the virtual phone" }).getAttribute("href");
    const phoneContext = await browser.newContext(PHONE_360);
    const phone = await phoneContext.newPage();
    await phone.goto(new URL(href ?? "", page.url()).toString());
    await expect(phone.getByLabel("PIN1")).toBeVisible();
    await expectFits(phone, "virtual phone");
    await phone.getByText((await code.textContent()) ?? "", { exact: true }).click();
    await phone.getByLabel("PIN1").fill("1234");
    await phone.getByRole("button", { name: "Confirm" }).click();
    await expectReturned(page, returnPage.url, session.token);
    await phoneContext.close();
  });
});
