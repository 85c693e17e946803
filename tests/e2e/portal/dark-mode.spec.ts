import { expect, type Page, test } from "@playwright/test";
import { gatewayUrl, portalUrl } from "../support/servers";
import { complete, returnToPortal, seriousViolations, startSignIn } from "./support";

/** Relative luminance (0 black … 1 white) of the page's background, whatever colour syntax the CSS uses. */
async function backgroundLuminance(page: Page, selector = "[data-theme]"): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no canvas");
      context.fillStyle = getComputedStyle(element).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
      const linear = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    });
}

async function chooseTheme(page: Page, name: "System" | "Light" | "Dark") {
  await page.getByTestId("theme-toggle").locator("summary").click();
  await page.getByRole("button", { name, exact: true }).click();
}

test.describe("on a device set to dark", () => {
  test.use({ colorScheme: "dark" });

  test("every portal page is dark and has no serious accessibility problems", async ({ page, request }) => {
    for (const path of [
      "/",
      "/sign-in?flow=classic&methods=smartid&country=ee&code=40404040009",
      "/sign-in?flow=qr&present=1",
      "/sign-in/error?reason=gateway-misconfigured",
      "/sign-in/redirect",
      "/sign-in/finishing",
    ]) {
      await page.goto(path);
      await expect(page.locator("[data-theme]")).toHaveAttribute("data-theme", "system");
      expect(await backgroundLuminance(page), path).toBeLessThan(0.05);
      expect(await seriousViolations(page), path).toEqual([]);
    }

    // The header's menus, open.
    await page.goto("/");
    await page.getByTestId("language-switcher").locator("summary").click();
    expect(await seriousViolations(page), "language menu").toEqual([]);
    await page.getByTestId("theme-toggle").locator("summary").click();
    expect(await seriousViolations(page), "theme menu").toEqual([]);

    // The redirect page with a sign-in on its way (presenter mode holds it there), then the dashboard.
    await page.goto("/sign-in?flow=same-device&present=1");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await expect(page.getByTestId("presenter-panel")).toBeVisible();
    expect(await seriousViolations(page), "redirect page").toEqual([]);
    await page.goto("/?present=0");

    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);
    await returnToPortal(page, token);
    await expect(page.getByTestId("person-name")).toBeVisible();
    await page.getByText("The gateway's status answer").click();
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await seriousViolations(page), "dashboard").toEqual([]);
  });

  test("Light in the toggle wins over the device's dark", async ({ page }) => {
    await page.goto("/sign-in");
    await chooseTheme(page, "Light");
    await expect(page.locator("[data-theme]")).toHaveAttribute("data-theme", "light");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the emulator's pages stay light, and readable, while the portal is dark", async ({ page }) => {
    const token = await startSignIn(page, "flow=qr");
    await page.goto(`${gatewayUrl}/auth/${token}`);
    await expect(page.getByTestId("smartid-qr")).toBeVisible();
    expect(await page.locator("[data-theme]").count()).toBe(0);
    expect(await backgroundLuminance(page, "body")).toBeGreaterThan(0.8);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("the theme toggle", () => {
  test.use({ colorScheme: "light" });

  test("remembers Dark in a cookie and renders it on the server, so no page flashes light first", async ({ page }) => {
    await page.goto("/");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await chooseTheme(page, "Dark");
    await expect(page.locator("[data-theme]")).toHaveAttribute("data-theme", "dark");
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);

    const cookie = (await page.context().cookies(portalUrl)).find((item) => item.name === "portal.theme");
    expect(cookie).toMatchObject({ value: "dark", sameSite: "Lax", httpOnly: true });
    // The HTML as it leaves the server already says dark: nothing has to run in the browser to pick it.
    const html = await (await page.request.get("/sign-in")).text();
    expect(html).toContain('data-theme="dark"');
    expect(await seriousViolations(page)).toEqual([]);

    await chooseTheme(page, "System");
    await expect(page.locator("[data-theme]")).toHaveAttribute("data-theme", "system");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});
