import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { offUrl, portalUrl } from "../support/servers";
import {
  complete,
  expectDashboard,
  expectSignedOut,
  returnToPortal,
  signInToDashboard,
  startSignIn,
  tokenFromGatewayUrl,
} from "./support";

test.describe("a sign-in round trip through the gateway", () => {
  test("lands on the dashboard with identity, certificate and timeline; sign-out ends it", async ({
    page,
    request,
  }) => {
    const token = await signInToDashboard(page, request);

    await expect(page.getByTestId("method")).toHaveText("Smart-ID");
    await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ QR");
    await expect(page.getByTestId("certificate-subject")).toContainText("PNOEE-40404040009");
    await expect(page.getByTestId("session-ends")).toContainText("UTC");
    const timeline = page.getByTestId("timeline");
    for (const step of ["Started at the portal", "Sent to the gateway", "Returned from the gateway", "Signed in"]) {
      await expect(timeline).toContainText(step);
    }
    await expect(timeline).not.toContainText("not recorded");

    // The raw answer sits in a disclosure, with the session token elided and the certificate shortened.
    const answer = page.getByTestId("gateway-answer");
    await expect(answer).toBeHidden();
    await page.getByText("The gateway's status answer").click();
    await expect(answer).toContainText(`"session_token": "${token.slice(0, 4)}…(elided)"`);
    await expect(answer).not.toContainText(token);
    await expect(answer).toContainText("characters)");

    // The PEM download is the certificate whose fingerprint the dashboard shows.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download certificate (PEM)" }).click();
    const pem = await readFile((await (await download).path()) ?? "", "utf8");
    const certificate = new X509Certificate(pem);
    await expect(page.getByTestId("certificate-fingerprint")).toHaveText(certificate.fingerprint256);
    expect(certificate.subject).toContain("PNOEE-40404040009");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${portalUrl}/`);
    await expectSignedOut(page);
    const pemAfter = await page.request.get(`${portalUrl}/api/me/certificate`);
    expect(pemAfter.status()).toBe(401);
  });

  test("the dashboard sends a signed-out visitor to sign in, and back after signing in", async ({ page, request }) => {
    await page.goto("/dashboard?tab=certificate");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%3Ftab%3Dcertificate$/);
    const token = await startSignIn(page, new URL(page.url()).search.slice(1));
    await complete(request, token);
    await returnToPortal(page, token);
    await expect(page).toHaveURL(`${portalUrl}/dashboard?tab=certificate`);
    await expect(page.getByTestId("person-name")).toHaveText("OK TESTNUMBER");
  });

  test("a foreign callback URL is never followed: the dashboard instead", async ({ page, request }) => {
    const token = await startSignIn(page, `flow=classic&callbackUrl=${encodeURIComponent("https://evil.example/x")}`);
    await complete(request, token);
    await returnToPortal(page, token);
    await expectDashboard(page);
    await expect(page.getByTestId("flow")).toHaveText("Classic Smart-ID");
  });

  test("keeps the session small: one cookie under 4 KB", async ({ page, request, context }) => {
    await signInToDashboard(page, request);
    const session = (await context.cookies(portalUrl)).filter((cookie) =>
      cookie.name.startsWith("authjs.session-token"),
    );
    expect(session).toHaveLength(1);
    expect(session[0]?.value.length ?? 0).toBeLessThan(4000);
    expect(session[0]?.httpOnly).toBe(true);
    // Encrypted (a JWE has five parts), so the personal data in it cannot be read from the cookie.
    expect(session[0]?.value.split(".")).toHaveLength(5);
  });
});

test.describe("switching gateways is configuration only", () => {
  test("a portal with EMULATOR=off signs in through the gateway at GATEWAY_URL", async ({ page, request }) => {
    await page.goto(`${offUrl}/`);
    await expect(page.getByText("Custom gateway").first()).toBeVisible();
    await page.goto(`${offUrl}/sign-in?flow=qr`);
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}/);
    const token = tokenFromGatewayUrl(page.url());
    await page.goto("about:blank");
    await complete(request, token);
    await page.goto(`${offUrl}/api/gateway/return?session_token=${token}`);
    await expect(page).toHaveURL(`${offUrl}/dashboard`);
    await expect(page.getByTestId("person-name")).toHaveText("OK TESTNUMBER");
    const emulator = await page.request.get(`${offUrl}/emulator`);
    expect(emulator.status()).toBe(404);
  });
});
