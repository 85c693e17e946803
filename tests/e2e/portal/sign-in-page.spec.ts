import { devices, expect, test } from "@playwright/test";
import { accessToken, portalUrl } from "../support/servers";

test.describe("the sign-in page", () => {
  test("offers the QR flow by default on a desktop", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("radio", { name: /Smart-ID\+ QR/ })).toBeChecked();
    await expect(page.getByText("Scan a QR code with the Smart-ID app")).toBeVisible();
    await expect(page.locator("label", { hasText: "Smart-ID+ QR" })).toContainText("Suggested for this device");
  });

  test("keeps the choices in the URL, so a demo can be bookmarked", async ({ page }) => {
    await page.goto("/sign-in?flow=classic&methods=smartid,mobile&country=lv&code=040404-10003&phone=%2B37200000766");
    await expect(page.getByRole("radio", { name: /Classic Smart-ID/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Smart-ID" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Mobile-ID" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "ID card" })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("lv");
    await expect(page.getByRole("textbox", { name: "Personal code" })).toHaveValue("040404-10003");
    await expect(page.getByRole("textbox", { name: "Phone (Mobile-ID)" })).toHaveValue("+37200000766");

    await page.getByText("Smart-ID+ same device", { exact: true }).click();
    await page.getByRole("checkbox", { name: "ID card" }).check();
    await expect(page).toHaveURL(/flow=same-device/);
    expect(new URL(page.url()).searchParams.get("methods")).toBe("smartid,mobile,smartcard");
  });

  test("names the values it could not use", async ({ page }) => {
    await page.goto("/sign-in?flow=qr&code=12&phone=call-me");
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toContainText(
      "the personal code, the phone number",
    );
    await expect(page.getByRole("textbox", { name: "Personal code" })).toHaveValue("");
  });

  test("shows what goes to the gateway, without the access token, then continues on its own", async ({ page }) => {
    // The page's clock stands still until the page has been read; then time runs and it goes on by itself.
    await page.clock.install({ time: new Date("2026-11-26T12:00:00Z") });
    await page.clock.pauseAt(new Date("2026-11-26T12:00:01Z"));
    await page.goto("/sign-in?flow=same-device&methods=smartid&country=ee&code=40404040009");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await expect(page).toHaveURL(`${portalUrl}/sign-in/redirect`);
    await expect(page.getByTestId("countdown")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Taking you to the Identity Gateway" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText("Smart-ID+ same device");
    await expect(page.getByTestId("gateway-host")).toHaveText(/^127\.0\.0\.1:\d+$/);
    await expect(main).toContainText(`${portalUrl}/api/gateway/return`);
    await expect(main).toContainText(`${portalUrl}/api/gateway/app2app`);
    await expect(main).toContainText("40404040009");
    await expect(main).toContainText("kept on the server, never sent to your browser");
    expect(await page.content()).not.toContain(accessToken);
    await page.clock.runFor(1000);
    await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}\?_locale=en$/);
  });

  test("the redirect page shows nothing without a sign-in in progress", async ({ page }) => {
    await page.goto("/sign-in/redirect");
    await expect(page.getByRole("heading", { name: "No sign-in in progress" })).toBeVisible();
  });
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
  test.use(pixel5);

  test("offers the same-device flow by default", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("radio", { name: /Smart-ID\+ same device/ })).toBeChecked();
    await expect(page.locator("label", { hasText: "Smart-ID+ same device" })).toContainText(
      "Suggested for this device",
    );
  });

  test("the URL still wins", async ({ page }) => {
    await page.goto("/sign-in?flow=qr");
    await expect(page.getByRole("radio", { name: /Smart-ID\+ QR/ })).toBeChecked();
  });
});
