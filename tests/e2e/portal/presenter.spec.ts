import { expect, type Page, test } from "@playwright/test";
import { decodeQr } from "../emulator/support";
import { gatewayUrl, offUrl, portalUrl } from "../support/servers";
import { startSignIn } from "./support";

/** Presenter mode (`?present=1`) and the start page's guided tour, which starts every flow in it. */

test.use({ viewport: { width: 1600, height: 1000 } });

async function presenterCookie(page: Page) {
  return (await page.context().cookies(portalUrl)).find((cookie) => cookie.name === "portal.present");
}

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test("larger type, a panel that explains each step, and a QR code for the back of the room", async ({ page }) => {
  // The hosted page's QR code as it is without presenter mode.
  const token = await startSignIn(page, "flow=qr");
  await page.goto(`${gatewayUrl}/auth/${token}`);
  const normalWidth = (await page.getByTestId("smartid-qr").boundingBox())?.width ?? 0;
  expect(normalWidth).toBeLessThan(500);

  await page.goto("/sign-in?flow=qr&present=1");
  expect(await rootFontSize(page)).toBe("20px");
  await expect(page.getByText("Presenter mode", { exact: true })).toBeVisible();
  const panel = page.getByTestId("presenter-panel");
  await expect(panel).toContainText("QR flow resists phishing");
  // The panel follows the flow being chosen.
  await page.getByText("Smart-ID+ same device", { exact: true }).click();
  await expect(panel).toContainText("There is no code to compare");
  await page.getByText("Classic Smart-ID", { exact: true }).click();
  await expect(panel).toContainText("four-digit code");
  await page.getByText("Smart-ID+ QR", { exact: true }).click();

  // The redirect page explains too, lists what goes to the gateway's page, and waits for the presenter.
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await expect(page.getByRole("heading", { name: "Taking you to the Identity Gateway" })).toBeVisible();
  expect(await rootFontSize(page)).toBe("20px");
  await expect(panel).toContainText("bound to this browser");
  await expect(page.getByTestId("sent-_locale")).toHaveText("en (the page's language: English)");
  await expect(page.getByTestId("sent-present")).toHaveText("1 (presenter mode: a larger QR code)");
  await expect(page.getByTestId("countdown")).toHaveCount(0);
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(`${portalUrl}/sign-in/redirect`);

  await page.getByRole("link", { name: "Continue", exact: true }).click();
  await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}\?_locale=en&present=1$/);
  const qr = page.getByTestId("smartid-qr");
  await expect(qr).toBeVisible();
  const largeWidth = (await qr.boundingBox())?.width ?? 0;
  expect(largeWidth).toBeGreaterThan(normalWidth * 1.6);
  // Still a code the app can read.
  expect(await decodeQr(qr)).toMatch(/\/emulator\/device-link\?deviceLinkType=QR&/);
});

test("stays on from page to page until ?present=0 turns it off", async ({ page }) => {
  await page.goto("/?present=1");
  await expect(page.getByText("Presenter mode", { exact: true })).toBeVisible();
  await expect.poll(async () => (await presenterCookie(page))?.value).toBe("1");

  await page.goto("/sign-in/error?reason=cancelled&flow=qr");
  await expect(page.getByText("Presenter mode", { exact: true })).toBeVisible();
  expect(await rootFontSize(page)).toBe("20px");

  await page.getByTestId("presenter-off").click();
  await expect(page).toHaveURL(/\/sign-in\/error\?reason=cancelled&flow=qr&present=0$/);
  await expect(page.getByText("Presenter mode", { exact: true })).toHaveCount(0);
  await expect.poll(async () => presenterCookie(page)).toBeUndefined();
  await page.goto("/sign-in");
  await expect(page.getByTestId("presenter-panel")).toHaveCount(0);
  expect(await rootFontSize(page)).toBe("16px");
});

test("only the embedded emulator is asked for presenter mode; a real gateway gets just the language", async ({
  page,
}) => {
  await page.goto(`${offUrl}/sign-in?flow=qr&present=1`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await expect(page.getByTestId("sent-_locale")).toBeVisible();
  await expect(page.getByTestId("sent-present")).toHaveCount(0);
  await page.getByRole("link", { name: "Continue", exact: true }).click();
  await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}\?_locale=en$/);
});

test.describe("the guided tour on the start page", () => {
  for (const [flow, label] of [
    ["qr", "Smart-ID+ QR"],
    ["same-device", "Smart-ID+ same device"],
    ["classic", "Classic Smart-ID"],
  ] as const) {
    test(`its ${flow} card says when to use it and starts that flow in presenter mode`, async ({ page }) => {
      await page.goto("/");
      const card = page.getByTestId(`tour-${flow}`);
      await expect(card.getByRole("heading", { name: label })).toBeVisible();
      await expect(card).toContainText("When to use it");
      await card.getByRole("link", { name: `Start the tour here (${label})` }).click();
      await expect(page).toHaveURL(`${portalUrl}/sign-in?flow=${flow}&present=1`);
      await expect(page.getByRole("radio", { name: new RegExp(label.replace("+", "\\+")) })).toBeChecked();
      await expect(page.getByTestId("presenter-panel")).toBeVisible();
    });
  }
});
