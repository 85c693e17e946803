import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type BrowserContext, expect, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { controlOk, GATEWAY_PAGE } from "../support/gateway";
import { accessToken, gatewayUrl, portalUrl } from "../support/servers";

/**
 * Helpers for the portal's end-to-end tests. The portal always talks to the emulator over HTTP; tests use the
 * emulator's test control to finish sessions where the hosted page is not the point.
 */

export const DEMO_IDENTITY = "PNOEE-40404040009";
export const BINDING_COOKIE = "portal.sign-in";

export const gateway = (path: string) =>
  `${gatewayUrl}${path}${path.includes("?") ? "&" : "?"}access_token=${encodeURIComponent(accessToken)}`;

export function tokenFromGatewayUrl(url: string): string {
  const match = GATEWAY_PAGE.exec(url);
  if (!match?.[1]) throw new Error(`not a gateway page: ${url}`);
  return match[1];
}

/**
 * Starts a sign-in from /sign-in and returns the gateway session token once the browser reaches the gateway. The
 * browser then leaves the gateway's page (which would otherwise finish on its own once the session ends), so the
 * test decides when it returns.
 */
export async function startSignIn(page: Page, query = "flow=qr"): Promise<string> {
  await page.goto(`/sign-in?${query}`);
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await page.waitForURL(GATEWAY_PAGE);
  const token = tokenFromGatewayUrl(page.url());
  await page.goto("about:blank");
  return token;
}

/** Ends the session at the gateway as the demo identity (or as `body` says), by test control. */
export function complete(
  request: APIRequestContext,
  token: string,
  body: Record<string, unknown> = { identity: DEMO_IDENTITY },
): Promise<void> {
  return controlOk(request, token, "complete", body);
}

export function control(
  request: APIRequestContext,
  token: string,
  action: "end" | "cancel" | "expire",
  body?: Record<string, unknown>,
): Promise<void> {
  return controlOk(request, token, action, body);
}

export { clearFaults, setFault } from "../support/gateway";

/** What the gateway does at the end: the browser comes back to the portal's return URL. */
export async function returnToPortal(page: Page, token: string): Promise<void> {
  await page.goto(`${portalUrl}/api/gateway/return?session_token=${token}`);
}

/** A whole sign-in as the demo person (`query` chooses the flow), ending on the dashboard; the session's token. */
export async function signInToDashboard(page: Page, request: APIRequestContext, query = "flow=qr"): Promise<string> {
  const token = await startSignIn(page, query);
  await complete(request, token);
  await returnToPortal(page, token);
  await expectDashboard(page);
  return token;
}

/** The demo person on the dashboard of the portal at `origin` (the main suite's unless said). */
export async function expectDashboard(page: Page, origin = portalUrl): Promise<void> {
  await expect(page).toHaveURL(`${origin}/dashboard`);
  await expect(page.getByTestId("person-name")).toHaveText("OK TESTNUMBER");
  await expect(page.getByTestId("personal-code")).toHaveText("40404040009");
}

export async function expectErrorPage(page: Page, reason: string, flow?: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/sign-in/error\\?reason=${reason}(&|$)`));
  await expect(page.getByText("Sign-in did not finish", { exact: true })).toBeVisible();
  const tryAgain = page.getByRole("link", { name: "Try again" });
  await expect(tryAgain).toBeVisible();
  if (flow) await expect(tryAgain).toHaveAttribute("href", `/sign-in?flow=${flow}`);
}

/** No session, no binding cookie, and the dashboard sends the browser to sign in. */
export async function expectSignedOut(page: Page): Promise<void> {
  const session = await page.request.get(`${portalUrl}/api/auth/session`);
  expect(await session.json()).toBeNull();
  expect(await bindingCookie(page.context())).toBeUndefined();
  await page.goto(`${portalUrl}/dashboard`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
}

export async function bindingCookie(context: BrowserContext) {
  return (await context.cookies(portalUrl)).find((cookie) => cookie.name === BINDING_COOKIE);
}

/** Serious and critical axe findings (colour contrast among them), named so a failure says what and where. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Reads the QR code on screen from a screenshot of its element, as a phone camera would. */
export async function decodeQr(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error("no QR code could be read from the screenshot");
  return decoded.data;
}

/** In the virtual Smart-ID app: the demo account, a PIN, Confirm. */
export async function confirmInApp(app: Page, country: string, nationalCode: string) {
  await expect(app.getByRole("heading", { name: /^Log in to / })).toBeVisible();
  await app.getByRole("radio", { name: new RegExp(`· ${country} · ${nationalCode}$`) }).check();
  await app.getByLabel("PIN1").fill("12345");
  await app.getByRole("button", { name: "Confirm" }).click();
}
