import { devices, expect, type Page, test } from "@playwright/test";
import { portalUrl } from "../support/servers";
import { expectErrorPage, expectSignedOut } from "./support";

/**
 * A same-device sign-in that ends in the Smart-ID app without an approval, started from the portal in a browser.
 * SK's app returns through the callback after a refusal too; the person must land on the portal's page that says
 * what happened, not on "bad request". Nothing here uses test control.
 */

const GATEWAY_PAGE = /\/emulator\/auth\/[0-9a-f]{64}\?_locale=en$/;

async function toGateway(page: Page, query: string) {
  await page.goto(`/sign-in?${query}`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await page.waitForURL(GATEWAY_PAGE);
}

async function openApp(page: Page, linkType: "App2App" | "Web2App") {
  const open = page.getByRole("link", { name: "Open Smart-ID app" });
  await expect(open).toHaveAttribute("data-link-type", linkType);
  await open.click();
  await expect(page.getByRole("heading", { name: /^Log in to / })).toBeVisible();
}

test.describe("on a phone", () => {
  const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
  test.use(pixel5);

  test("App2App: refusing in the app ends on the portal's 'cancelled' page", async ({ page }) => {
    const forwarded: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${portalUrl}/api/gateway/app2app?`)) forwarded.push(request.url());
    });
    await toGateway(page, "flow=same-device");
    await openApp(page, "App2App");
    await page.getByRole("button", { name: "Refuse" }).click();

    await expectErrorPage(page, "cancelled", "same-device");
    await expect(page.getByRole("heading", { name: "Sign-in was cancelled" })).toBeVisible();
    // The app came back through the portal's app2app address, once, with the parameters SK's app sends.
    expect(forwarded).toHaveLength(1);
    const params = new URL(forwarded[0] ?? "").searchParams;
    expect(params.get("value")).toMatch(/^[\w-]{22,86}$/);
    expect(params.get("sessionSecretDigest")).toMatch(/^[\w-]{43}$/);
    await expectSignedOut(page);
  });

  test("App2App: SK's account that never answers ends on the 'did not succeed' page", async ({ page }) => {
    await toGateway(page, "flow=same-device");
    await openApp(page, "App2App");
    await page.getByRole("radio", { name: /· EE · 30403039983/ }).check();
    await page.getByLabel("PIN1").fill("12345");
    await page.getByRole("button", { name: "Confirm" }).click();

    await expectErrorPage(page, "authentication-failed", "same-device");
    await expect(page.getByRole("heading", { name: "The sign-in did not succeed" })).toBeVisible();
    await expectSignedOut(page);
  });
});

test("Web2App: refusing in the app opened from the QR page ends on the portal's 'cancelled' page", async ({ page }) => {
  await toGateway(page, "flow=qr");
  await openApp(page, "Web2App");
  await page.getByRole("button", { name: "Refuse" }).click();

  await expectErrorPage(page, "cancelled", "qr");
  await expect(page.getByRole("heading", { name: "Sign-in was cancelled" })).toBeVisible();
  await expectSignedOut(page);
});
