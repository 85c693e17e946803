import { devices, expect, type Page, test } from "@playwright/test";
import { complete, returnToPortal, seriousViolations, startSignIn } from "./support";

test.describe("accessibility (axe: no serious or critical violations)", () => {
  test("start page, sign-in page and error page", async ({ page }) => {
    for (const path of [
      "/",
      "/sign-in?flow=classic&methods=smartid&code=40404040009",
      "/sign-in/error?reason=cancelled&flow=qr",
    ]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });

  test("redirect page and dashboard", async ({ page, request }) => {
    await page.goto("/sign-in/redirect");
    expect(await seriousViolations(page)).toEqual([]);
    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);
    await returnToPortal(page, token);
    await page.getByText("The gateway's status answer").click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("presenter mode, the tour and the header's menus", async ({ page }) => {
    await page.goto("/sign-in?flow=classic&present=1");
    await expect(page.getByTestId("presenter-panel")).toBeVisible();
    expect(await seriousViolations(page), "presenter sign-in page").toEqual([]);
    await page.goto("/?present=0");
    for (const menu of ["language-switcher", "theme-toggle"]) {
      await page.getByTestId(menu).locator("summary").click();
      expect(await seriousViolations(page), menu).toEqual([]);
    }
  });

  test("the sign-in form works from the keyboard", async ({ page }) => {
    await page.goto("/sign-in?flow=qr");
    await page.getByRole("radio", { name: /Smart-ID\+ QR/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: /Smart-ID\+ same device/ })).toBeChecked();
    await expect(page).toHaveURL(/flow=same-device/);
  });
});

test.describe("on a phone screen", () => {
  const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
  test.use(pixel5);

  async function expectNoSidewaysScrolling(page: Page) {
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.screen);
  }

  test("every portal page fits the width", async ({ page, request }) => {
    for (const path of ["/", "/sign-in?flow=classic&code=40404040009", "/sign-in/error?reason=gateway-timeout"]) {
      await page.goto(path);
      await expectNoSidewaysScrolling(page);
    }
    const token = await startSignIn(page, "flow=same-device");
    await complete(request, token);
    await returnToPortal(page, token);
    await expect(page.getByTestId("person-name")).toBeVisible();
    await page.getByText("The gateway's status answer").click();
    await expectNoSidewaysScrolling(page);
  });
});
