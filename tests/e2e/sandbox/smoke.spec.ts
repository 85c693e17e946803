import { expect, test } from "@playwright/test";

/**
 * Smoke test against the real gateway (see playwright.sandbox.config.ts). Each flow is started through the portal
 * and must arrive at the gateway's own page offering Smart-ID. With SANDBOX_MANUAL=1 a person then signs in with the
 * Smart-ID demo app and the dashboard is checked.
 */

const gatewayUrl = process.env.GATEWAY_URL ?? "";
const configured = Boolean(gatewayUrl && process.env.GATEWAY_ACCESS_TOKEN);
const manual = process.env.SANDBOX_MANUAL === "1";

test.skip(!configured, "GATEWAY_URL and GATEWAY_ACCESS_TOKEN are not set");

const gatewayOrigin = configured ? new URL(gatewayUrl).origin : "";

async function startAndReachGateway(page: import("@playwright/test").Page, flow: string) {
  await page.goto(`/sign-in?flow=${flow}`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await expect(page.getByRole("heading", { name: "Taking you to the Identity Gateway" })).toBeVisible();
  await page.waitForURL((url) => url.origin === gatewayOrigin && /\/auth\/[0-9a-f]{64}/.test(url.pathname));
  await expect(page.getByText(/Smart-ID/i).first()).toBeVisible();
}

test.describe("the portal against the real gateway", () => {
  test.skip(manual, "SANDBOX_MANUAL=1 runs the manual sign-in only");

  for (const flow of ["qr", "same-device", "classic"]) {
    test(`the ${flow} flow reaches the gateway's page with Smart-ID`, async ({ page }) => {
      await startAndReachGateway(page, flow);
    });
  }
});

test.describe("a person signs in with the Smart-ID demo app", () => {
  test.skip(!manual, "set SANDBOX_MANUAL=1 to sign in by hand");

  test("lands on the dashboard", async ({ page }) => {
    const flow = process.env.SANDBOX_FLOW ?? "qr";
    await startAndReachGateway(page, flow);
    console.info("Finish signing in with the Smart-ID demo app in the open browser (10 minutes).");
    await page.waitForURL(/\/dashboard$/, { timeout: 9 * 60_000 });
    await expect(page.getByTestId("person-name")).not.toBeEmpty();
    await expect(page.getByTestId("personal-code")).not.toBeEmpty();
    await expect(page.getByTestId("certificate-fingerprint")).toBeVisible();
  });
});
