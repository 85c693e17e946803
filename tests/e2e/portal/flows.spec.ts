import { devices, expect, type Page, test } from "@playwright/test";
import { portalUrl } from "../support/servers";
import { confirmInApp, decodeQr, expectDashboard, expectSignedOut } from "./support";

/**
 * The three flows end to end, in a real browser, through the emulator's hosted page and virtual apps — the way a
 * person uses them. Nothing here uses test control.
 */

const GATEWAY_PAGE = /\/emulator\/auth\/[0-9a-f]{64}\?_locale=en$/;

async function startAt(page: Page, query: string) {
  await page.goto(`/sign-in?${query}`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await expect(page.getByRole("heading", { name: "Taking you to the Identity Gateway" })).toBeVisible();
  await page.waitForURL(GATEWAY_PAGE);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${portalUrl}/`);
  await expectSignedOut(page);
}

test("Smart-ID+ QR: the code on the screen is scanned and confirmed on a phone", async ({ page, browser }) => {
  await startAt(page, "flow=qr");
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  expect(link).toMatch(/\/emulator\/device-link\?deviceLinkType=QR&elapsedSeconds=\d+&sessionToken=\w+&/);

  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await confirmInApp(phone, "EE", "40404040009");

  // The desktop page moves on by itself: back to the portal and into the dashboard.
  await expectDashboard(page);
  await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ QR");
  await expect(page.getByTestId("method")).toHaveText("Smart-ID");
  await phone.context().close();
  await signOut(page);
});

test("Classic Smart-ID: personal code on the gateway's page, the code confirmed on the phone", async ({
  page,
  browser,
}) => {
  await startAt(page, "flow=classic&methods=smartid&country=ee&code=40404040009");
  await expect(page.getByLabel("Personal code")).toHaveValue("40404040009");
  await page.getByRole("button", { name: "Continue" }).click();
  const code = page.getByTestId("verification-code");
  await expect(code).toHaveText(/^\d{4}$/);
  const shown = (await code.textContent()) ?? "";

  const href = await page.getByRole("link", { name: "Open the virtual phone" }).getAttribute("href");
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(new URL(href ?? "", page.url()).toString());
  await phone.getByText(shown, { exact: true }).click();
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Confirm" }).click();

  await expectDashboard(page);
  await expect(page.getByTestId("flow")).toHaveText("Classic Smart-ID");
  await phone.context().close();
  await signOut(page);
});

test("a method restriction reaches the gateway: ID card only, a Latvian test card", async ({ page }) => {
  await startAt(page, "flow=qr&methods=smartcard");
  await expect(page.getByTestId("smartid-qr")).toHaveCount(0);
  await page.getByRole("radio", { name: /· LV · 040404-10003/ }).check();
  await page.getByRole("button", { name: "Sign in with this card" }).click();
  await expect(page).toHaveURL(`${portalUrl}/dashboard`);
  await expect(page.getByTestId("personal-code")).toHaveText("040404-10003");
  await expect(page.getByTestId("method")).toHaveText("ID card");
  await signOut(page);
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
  test.use(pixel5);

  test("Smart-ID+ same device: the app hands back through the portal's app2app forward", async ({ page }) => {
    const forwarded: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${portalUrl}/api/gateway/app2app?`)) forwarded.push(request.url());
    });
    await page.goto("/sign-in");
    await expect(page.getByRole("radio", { name: /Smart-ID\+ same device/ })).toBeChecked();
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.waitForURL(GATEWAY_PAGE);

    const open = page.getByRole("link", { name: "Open Smart-ID app" });
    await expect(open).toHaveAttribute("data-link-type", "App2App");
    await open.click();
    await confirmInApp(page, "EE", "40404040009");

    await expectDashboard(page);
    await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ same device");
    expect(forwarded).toHaveLength(1);
    expect(new URL(forwarded[0] ?? "").searchParams.get("userChallengeVerifier")).toMatch(/^[\w-]{43}$/);
    await signOut(page);
  });
});
