import { devices, expect, test } from "@playwright/test";
import { confirmInApp } from "../e2e/emulator/support";
import { expectDashboard } from "../e2e/portal/support";
import { portalUrl } from "./support/cluster";
import {
  confirmQrOnAPhone,
  everyInstance,
  expectServedByEveryInstance,
  signOut,
  startAt,
  trackUpstreams,
} from "./support/flows";

/**
 * Two instances behind nginx, round robin, sharing one Redis: the three flows end to end in a real browser, each
 * served by both instances in turn — a sign-in started on one instance is finished on the other.
 */

test("nginx hands requests to the two instances in turn", async ({ request }) => {
  const answeredBy: string[] = [];
  for (let i = 0; i < 10; i++) {
    const response = await request.get(`${portalUrl}/sign-in`);
    expect(response.status()).toBe(200);
    answeredBy.push(response.headers()["x-upstream"] ?? "none");
  }
  expect([...new Set(answeredBy)].sort()).toEqual(everyInstance);
  answeredBy.slice(1).forEach((instance, i) => {
    expect(instance, `request ${i + 2} went to the other instance`).not.toBe(answeredBy[i]);
  });
});

test("Smart-ID+ QR: the code read from the screen and confirmed on a phone", async ({ page, browser }) => {
  const served = trackUpstreams(page.context());
  await startAt(page, "flow=qr");
  const phoneServed = await confirmQrOnAPhone(page, browser);

  await expectDashboard(page, portalUrl);
  await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ QR");
  expectServedByEveryInstance(served);
  expectServedByEveryInstance(phoneServed);
  await signOut(page);
});

test("Classic Smart-ID: the code on the gateway's page confirmed on the virtual phone", async ({ page, browser }) => {
  const served = trackUpstreams(page.context());
  await startAt(page, "flow=classic&methods=smartid&country=ee&code=40404040009");
  await page.getByRole("button", { name: "Continue" }).click();
  const code = page.getByTestId("verification-code");
  await expect(code).toHaveText(/^\d{4}$/);
  const shown = (await code.textContent()) ?? "";

  const href = await page.getByRole("link", { name: "Open the virtual phone" }).getAttribute("href");
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await phone.goto(new URL(href ?? "", page.url()).toString());
  await phone.getByText(shown, { exact: true }).click();
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Confirm" }).click();

  await expectDashboard(page, portalUrl);
  await expect(page.getByTestId("flow")).toHaveText("Classic Smart-ID");
  expectServedByEveryInstance(served);
  await phoneContext.close();
  await signOut(page);
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
  test.use(pixel5);

  test("Smart-ID+ same device: the app hands back through the portal's app2app forward", async ({ page }) => {
    const served = trackUpstreams(page.context());
    const forwarded: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${portalUrl}/api/gateway/app2app?`)) forwarded.push(request.url());
    });
    await startAt(page, "flow=same-device");
    const open = page.getByRole("link", { name: "Open Smart-ID app" });
    await expect(open).toHaveAttribute("data-link-type", "App2App");
    await open.click();
    await confirmInApp(page, "EE", "40404040009");

    await expectDashboard(page, portalUrl);
    await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ same device");
    expect(forwarded).toHaveLength(1);
    expectServedByEveryInstance(served);
    await signOut(page);
  });
});
