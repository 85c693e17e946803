import { expect, test } from "@playwright/test";
import { portalUrl } from "../support/servers";
import {
  clearFaults,
  complete,
  expectErrorPage,
  expectSignedOut,
  returnToPortal,
  setFault,
  startSignIn,
} from "./support";

/** The emulator misbehaves on purpose; the portal must end each time on its error page with nothing signed in. */
test.describe("gateway faults", () => {
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
  });

  const statusFaults = [
    { fault: "500", reason: "gateway-error" },
    { fault: "429", reason: "gateway-busy", retryAfterSeconds: 1 },
    { fault: "malformed", reason: "gateway-malformed" },
    { fault: "slow", reason: "gateway-timeout", delayMs: 5000 },
  ] as const;

  for (const { fault, reason, ...extra } of statusFaults) {
    test(`status answers ${fault}`, async ({ page, request }) => {
      const token = await startSignIn(page, "flow=qr");
      await complete(request, token);
      await setFault(request, { endpoint: "status", fault, ...extra });
      await returnToPortal(page, token);
      await expectErrorPage(page, reason, "qr");
      await expectSignedOut(page);
    });
  }

  const createFaults = [
    { fault: "500", reason: "gateway-error" },
    { fault: "429", reason: "gateway-busy", retryAfterSeconds: 30 },
    { fault: "malformed", reason: "gateway-malformed" },
    { fault: "slow", reason: "gateway-timeout", delayMs: 5000 },
  ] as const;

  for (const { fault, reason, ...extra } of createFaults) {
    test(`create answers ${fault}`, async ({ page, request }) => {
      await setFault(request, { endpoint: "create", fault, ...extra });
      await page.goto("/sign-in?flow=classic");
      await page.getByRole("button", { name: "Continue to the gateway" }).click();
      await expectErrorPage(page, reason, "classic");
      await expectSignedOut(page);
    });
  }

  test("a single 500 on status is retried and the sign-in succeeds", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);
    await setFault(request, { endpoint: "status", fault: "500", times: 1 });
    await returnToPortal(page, token);
    await expect(page).toHaveURL(`${portalUrl}/dashboard`);
  });

  test("Try again after a fault starts over with the same flow", async ({ page, request }) => {
    await setFault(request, { endpoint: "create", fault: "500" });
    await page.goto("/sign-in?flow=same-device");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await expectErrorPage(page, "gateway-error", "same-device");
    await clearFaults(request);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page.getByRole("radio", { name: /Smart-ID\+ same device/ })).toBeChecked();
  });
});
