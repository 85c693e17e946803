import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { confirmInApp, decodeQr } from "../../e2e/emulator/support";
import { GATEWAY_PAGE, gatewayApi } from "../../e2e/support/gateway";
import { accessToken, gatewayUrl, portalUrl, ports } from "./cluster";

/** Helpers for the browser flows through nginx: where they start, and which instances served them. */

/** The gateway's API through nginx. */
export const gateway = gatewayApi(gatewayUrl, accessToken);

/** The instances as nginx's X-Upstream header names them. */
export const everyInstance = ports.instances.map((port) => `127.0.0.1:${port}`).sort();

/** Which instances answered this context's requests, by nginx's X-Upstream header, collected as they come. */
export function trackUpstreams(context: BrowserContext): Set<string> {
  const served = new Set<string>();
  context.on("response", (response) => {
    const upstream = response.headers()["x-upstream"];
    if (upstream) served.add(upstream);
  });
  return served;
}

export function expectServedByEveryInstance(served: Set<string>): void {
  expect([...served].sort(), "the instances that answered this browser").toEqual(everyInstance);
}

/** From the portal's sign-in page to the gateway's page, as a person clicks through. */
export async function startAt(page: Page, query: string): Promise<void> {
  await page.goto(`${portalUrl}/sign-in?${query}`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await page.waitForURL(GATEWAY_PAGE);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${portalUrl}/`);
}

/**
 * The QR on the gateway's page read from the screen and confirmed as OK TESTNUMBER in the virtual app, on a phone of
 * its own; returns the instances that served the phone.
 */
export async function confirmQrOnAPhone(page: Page, browser: Browser): Promise<Set<string>> {
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phoneContext = await browser.newContext();
  const served = trackUpstreams(phoneContext);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await confirmInApp(phone, "EE", "40404040009");
  await expect(phone.getByRole("heading", { name: "Confirmed" })).toBeVisible();
  await phoneContext.close();
  return served;
}
