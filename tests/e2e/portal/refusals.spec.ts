import { createHmac, hkdfSync } from "node:crypto";
import { expect, test } from "@playwright/test";
import { authSecret, gatewayUrl, portalUrl } from "../support/servers";
import {
  bindingCookie,
  complete,
  control,
  expectDashboard,
  expectErrorPage,
  expectSignedOut,
  returnToPortal,
  startSignIn,
} from "./support";

test.describe("refused sign-ins", () => {
  test("a token returned to a browser that did not start it (login CSRF)", async ({ page, request, browser }) => {
    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);

    // The attacker's finished session, handed to a victim's browser.
    const victim = await browser.newContext();
    const victimPage = await victim.newPage();
    await returnToPortal(victimPage, token);
    await expectErrorPage(victimPage, "not-bound");
    await expectSignedOut(victimPage);
    await victim.close();

    // The browser that started it is unaffected.
    await returnToPortal(page, token);
    await expectDashboard(page);
  });

  test("a replayed token, in the same browser and in another one holding a copy of the cookie", async ({
    page,
    request,
    browser,
    context,
  }) => {
    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);
    const copied = await bindingCookie(context);
    expect(copied).toBeDefined();
    if (!copied) return;

    await returnToPortal(page, token);
    await expectDashboard(page);
    expect(await bindingCookie(context)).toBeUndefined();

    // Another browser with a stolen copy of the binding cookie: the token is spent.
    const other = await browser.newContext();
    await other.addCookies([copied]);
    const otherPage = await other.newPage();
    await returnToPortal(otherPage, token);
    await expectErrorPage(otherPage, "token-spent", "qr");
    await expectSignedOut(otherPage);
    await other.close();

    // The same browser, signed out, trying the same return again.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${portalUrl}/`);
    await context.addCookies([copied]);
    await returnToPortal(page, token);
    await expectErrorPage(page, "token-spent", "qr");
    await expectSignedOut(page);
  });

  test("a sign-in started by a form on another site", async ({ page }) => {
    // A page on a foreign site (here the gateway's host) that posts to the portal's start route by itself.
    const foreign = `${gatewayUrl}/attacker-page`;
    await page.route(foreign, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><form method="post" action="${portalUrl}/api/gateway/start"><input name="flow" value="qr"></form><script>document.forms[0].submit()</script>`,
      }),
    );
    await page.goto(foreign);
    await expectErrorPage(page, "bad-request");
    expect(await bindingCookie(page.context())).toBeUndefined();
  });

  test("missing or mangled parameters on return: an error page, and the sign-in in progress survives", async ({
    page,
    request,
  }) => {
    const token = await startSignIn(page, "flow=classic");
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    for (const query of ["", "?session_token=", "?session_token=abc", `?session_token=${"Z".repeat(64)}`]) {
      await page.goto(`${portalUrl}/api/gateway/return${query}`);
      await expectErrorPage(page, "bad-request", "classic");
      expect(await bindingCookie(page.context())).toBeDefined();
    }
    // Someone else's (or an invented) token on return is refused without ending this browser's sign-in either.
    await returnToPortal(page, "0".repeat(64));
    await expectErrorPage(page, "not-bound");
    expect(await bindingCookie(page.context())).toBeDefined();
    await complete(request, token);
    await returnToPortal(page, token);
    await expectDashboard(page);
  });

  test("a cancelled sign-in", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=qr");
    await control(request, token, "cancel");
    await returnToPortal(page, token);
    await expectErrorPage(page, "cancelled", "qr");
    await expect(page.getByRole("heading", { name: "Sign-in was cancelled" })).toBeVisible();
    await expectSignedOut(page);
  });

  test("a refusal in the app", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=qr");
    await control(request, token, "end", { endResult: "USER_REFUSED" });
    await returnToPortal(page, token);
    await expectErrorPage(page, "cancelled", "qr");
    await expectSignedOut(page);
  });

  test("an authentication that timed out", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=classic");
    await control(request, token, "end", { endResult: "TIMEOUT" });
    await returnToPortal(page, token);
    await expectErrorPage(page, "authentication-failed", "classic");
    await expectSignedOut(page);
  });

  test("an expired gateway session", async ({ page, request }) => {
    const token = await startSignIn(page, "flow=qr");
    await control(request, token, "expire");
    await returnToPortal(page, token);
    await expectErrorPage(page, "session-expired", "qr");
    await expectSignedOut(page);
  });

  test("a tampered binding cookie", async ({ page, request, context }) => {
    const token = await startSignIn(page, "flow=qr");
    await complete(request, token);
    const cookie = await bindingCookie(context);
    if (!cookie) throw new Error("no binding cookie");
    const flipped = cookie.value.slice(0, -3) + (cookie.value.endsWith("AAA") ? "BBB" : "AAA");
    await context.addCookies([{ ...cookie, value: flipped }]);
    await returnToPortal(page, token);
    await expectErrorPage(page, "not-bound");
    await expectSignedOut(page);
  });

  test("still waiting: a few tries with a visible state, then finished when the gateway is", async ({
    page,
    request,
  }) => {
    const token = await startSignIn(page, "flow=qr");
    await returnToPortal(page, token);
    await expect(page).toHaveURL(/\/sign-in\/finishing\?/);
    await expect(page.getByRole("heading", { name: "Finishing sign-in…" })).toBeVisible();
    await complete(request, token);
    await expectDashboard(page);
    await expect(page.getByTestId("timeline")).toContainText("Returned from the gateway");
  });

  test("still waiting after every try ends on the error page", async ({ page }) => {
    const token = await startSignIn(page, "flow=qr");
    await returnToPortal(page, token);
    await expect(page.getByRole("heading", { name: "Finishing sign-in…" })).toBeVisible();
    await expectErrorPage(page, "still-waiting", "qr");
    await expectSignedOut(page);
  });
});

test.describe("the app2app return (same device)", () => {
  const WELL_FORMED =
    "value=RrKjjT4aggzu27YBddX1bQ&sessionSecretDigest=U4CKK13H1XFiyBofev9asqrzIrY5_Gszi_nL_zDKkBc&userChallengeVerifier=XtPfaGa8JnGtYrJjboooUf0KfY9sMEHrWFpSQrsUv9c";
  const params = `value=${"v".repeat(22)}&sessionSecretDigest=${"d".repeat(43)}&userChallengeVerifier=${"u".repeat(43)}`;
  const callbackOf = (token: string) => new RegExp(`/emulator/auth/${token}/smartid-v3/callback(\\?|$)`);
  const queryOf = (url: string) => (url.includes("?") ? url.slice(url.indexOf("?") + 1) : "");

  test("forwards every parameter unchanged to the gateway's callback for this browser's session", async ({ page }) => {
    const token = await startSignIn(page, "flow=same-device");
    // The gateway's own parameter first, Smart-ID's after it, and one the portal has never heard of.
    const query = `${WELL_FORMED}&lang=eng`;
    const forwarded = page.waitForRequest(callbackOf(token));
    await page.goto(`${portalUrl}/api/gateway/app2app?${query}`);
    const request = await forwarded;
    const url = request.url();
    expect(url.slice(0, url.indexOf("?"))).toMatch(new RegExp(`/emulator/auth/${token}/smartid-v3/callback$`));
    expect(queryOf(url)).toBe(query);
  });

  test("the query reaches the gateway byte for byte, whatever its encoding", async ({ page }) => {
    const token = await startSignIn(page, "flow=same-device");
    // %20 and + and %2B, an empty value, a repeated key, a key without =, a non-ASCII escape and a lower-case one:
    // everything Next.js would re-serialise on its way to a route handler.
    const query =
      "value=Rr-Kjj_T4aggzu27YBddX1bQ&space=a%20b&plus=a+b&escaped=a%2Bb&empty=&value=again&flag&name=J%C3%A4rv&tilde=%7e";
    const forwarded = page.waitForRequest(callbackOf(token));
    await page.goto(`${portalUrl}/api/gateway/app2app?${query}`);
    expect(queryOf((await forwarded).url())).toBe(query);
  });

  test("a link opened in another browser says to finish where sign-in started", async ({ page, browser }) => {
    await startSignIn(page, "flow=same-device");
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${portalUrl}/api/gateway/app2app?${params}`);
    await expectErrorPage(otherPage, "other-browser", "same-device");
    await expect(otherPage.getByRole("heading", { name: "Finish signing in where you started" })).toBeVisible();
    await other.close();
  });

  test("missing or mangled parameters are forwarded, and the gateway's callback refuses them", async ({
    page,
    context,
  }) => {
    for (const [query, check] of [
      ["", "parameters"],
      [params.replace("sessionSecretDigest=d", "sessionSecretDigest=%"), "parameters"],
      // Well formed, but not this session's.
      [WELL_FORMED, "value"],
    ] as const) {
      const token = await startSignIn(page, "flow=same-device");
      const response = await page.goto(`${portalUrl}/api/gateway/app2app${query ? `?${query}` : ""}`);
      await expect(page).toHaveURL(callbackOf(token));
      expect(queryOf(page.url())).toBe(query);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("heading", { name: "The sign-in could not be accepted" })).toBeVisible();
      await expect(page.getByText("Failed check:")).toContainText(check);
      // The portal did not end the sign-in: the gateway's page may still finish it.
      expect(await bindingCookie(context)).toBeDefined();
    }
  });

  test("an over-long link is not forwarded, and the sign-in is not ended for it", async ({ page, context }) => {
    const token = await startSignIn(page, "flow=same-device");
    const forwarded: string[] = [];
    page.on("request", (request) => {
      if (callbackOf(token).test(request.url())) forwarded.push(request.url());
    });
    await page.goto(`${portalUrl}/api/gateway/app2app?${params}&pad=${"a".repeat(4096)}`);
    await expectErrorPage(page, "app2app-too-long", "same-device");
    await expect(page.getByRole("heading", { name: "The link from the Smart-ID app was too long" })).toBeVisible();
    expect(forwarded).toEqual([]);
    expect(await bindingCookie(context)).toBeDefined();
  });
});

test.describe("pages for a portal or gateway that is set up wrong", () => {
  /** The portal's signature over the words it puts on its error page (lib/portal/auth/failure-detail.ts). */
  function signed(reason: string, detail: string): string {
    const key = Buffer.from(
      hkdfSync("sha256", authSecret, "smart-id-plus-portal/failure-detail", "hmac-sha256 key", 32),
    );
    const sig = createHmac("sha256", key).update(`${reason}\n${detail}`, "utf8").digest("base64url");
    return `${portalUrl}/sign-in/error?${new URLSearchParams({ reason, flow: "qr", detail, sig })}`;
  }

  test("a refused access token does not ask the person to try again", async ({ page }) => {
    await page.goto(`${portalUrl}/sign-in/error?reason=gateway-misconfigured&flow=qr`);
    await expect(page.getByRole("heading", { name: "This portal is not set up correctly" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("refused this portal's credentials");
    await expect(page.getByRole("link", { name: "Try again" })).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText(/try again/i);
    await expect(page.getByRole("link", { name: "Start page" })).toHaveAttribute("href", "/");
  });

  test("the gateway's refusal is quoted as text, and only when the portal wrote it", async ({ page }) => {
    const message = "return_url must be an absolute <b>http(s)</b> URL";
    await page.goto(signed("gateway-rejected", message));
    await expect(
      page.getByRole("heading", { name: "The sign-in service refused this portal's request" }),
    ).toBeVisible();
    await expect(page.getByTestId("gateway-quote")).toContainText("The gateway said:");
    await expect(page.locator("blockquote")).toHaveText(message);
    await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/sign-in?flow=qr");

    // The same words with a signature made for other words (or none) are not shown: nobody else can write here.
    const forged = new URL(signed("gateway-rejected", "return_url is invalid"));
    forged.searchParams.set("detail", "Your account is locked. Call +1 555 0100.");
    await page.goto(forged.toString());
    await expect(
      page.getByRole("heading", { name: "The sign-in service refused this portal's request" }),
    ).toBeVisible();
    await expect(page.getByTestId("gateway-quote")).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("Call +1 555 0100");
  });

  test("a status word the portal does not know has its own page, showing the word", async ({ page }) => {
    await page.goto(signed("gateway-unknown-status", "pending"));
    await expect(
      page.getByRole("heading", { name: "The sign-in service answered something this portal does not understand" }),
    ).toBeVisible();
    await expect(page.getByTestId("gateway-quote")).toContainText("The status the gateway answered:");
    await expect(page.locator("blockquote")).toHaveText("pending");
  });
});
