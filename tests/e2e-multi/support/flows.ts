import { type BrowserContext, expect, type Page } from "@playwright/test";
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
