import { expect, test } from "@playwright/test";
import {
  confirmInApp,
  createHostedSession,
  decodeQr,
  expectReturned,
  gatewayStatus,
  linkParameter,
  returnPageForTheseTests,
} from "./support";

const returnPage = returnPageForTheseTests("/return?from=emulator");

test("QR flow: the phone scans the code from the screen, confirms, and the desktop page returns by itself", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  await expect(page.getByText("Identity Gateway emulator — not the real service")).toBeVisible();

  const link = await decodeQr(page.getByTestId("smartid-qr"));
  expect(link).toMatch(/\/emulator\/device-link\?deviceLinkType=QR&elapsedSeconds=\d+&sessionToken=\w+&/);

  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await expect(phone.getByText("Smart-ID+ Demo Portal", { exact: false }).first()).toBeVisible();
  await confirmInApp(phone, "EE", "40404040009");
  await expect(phone.getByRole("heading", { name: "Confirmed" })).toBeVisible();

  await expectReturned(page, returnPage.url, session.token);
  const status = await gatewayStatus(request, session.token);
  expect(status.httpStatus).toBe(200);
  expect(status.body).toMatchObject({
    status: "ok",
    code: "40404040009",
    country_code: "ee",
    authentication_method: "smartid",
    session_token: session.token,
  });
  await phone.context().close();
});

test("the QR code is made anew every second: elapsedSeconds and authCode change", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const qr = page.getByTestId("smartid-qr");
  const first = await decodeQr(qr);
  await page.waitForTimeout(2100);
  const second = await decodeQr(qr);

  const elapsed = (link: string) => Number(linkParameter(link, "elapsedSeconds"));
  expect(elapsed(second)).toBeGreaterThanOrEqual(elapsed(first) + 1);
  expect(linkParameter(second, "authCode")).not.toBe(linkParameter(first, "authCode"));
  expect(linkParameter(second, "sessionToken")).toBe(linkParameter(first, "sessionToken"));
});

test("the app refuses a stale QR code, a tampered one and one with its parameters out of order", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await browser.newContext()).newPage();

  const authCode = linkParameter(link, "authCode") ?? "";
  const flipped = `${authCode[0] === "A" ? "B" : "A"}${authCode.slice(1)}`;
  await phone.goto(link.replace(authCode, flipped));
  await expect(phone.getByTestId("link-refused")).toHaveAttribute("data-check", "authCode");
  await expect(phone.getByText("authCode does not match")).toBeVisible();

  const elapsed = linkParameter(link, "elapsedSeconds") ?? "";
  await phone.goto(link.replace(`elapsedSeconds=${elapsed}`, `elapsedSeconds=${Number(elapsed) + 1}`));
  await expect(phone.getByTestId("link-refused")).toHaveAttribute("data-check", "authCode");

  const reordered = link.replace(/sessionType=auth&version=1\.0/, "version=1.0&sessionType=auth");
  await phone.goto(reordered);
  await expect(phone.getByTestId("link-refused")).toHaveAttribute("data-check", "format");
  await expect(phone.getByText(/parameters must be in the order/)).toBeVisible();

  // Older than the 3 s a QR code may be shown (plus a second of rounding): refused as stale.
  await phone.waitForTimeout(5200);
  await phone.goto(link);
  await expect(phone.getByTestId("link-refused")).toHaveAttribute("data-check", "elapsedSeconds");
  await expect(phone.getByText(/stale/)).toBeVisible();

  // None of this touched the sign-in: it still waits.
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });
  await phone.context().close();
});

test("refusing in the app ends the sign-in as refused and offers the way back", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: /^Log in to / })).toBeVisible();
  await phone.getByRole("button", { name: "Refuse" }).click();
  await expect(phone.getByRole("heading", { name: "Refused" })).toBeVisible();

  await expect(page.getByText("The request was refused in the app.")).toBeVisible();
  await page.getByRole("link", { name: /^Return to / }).click();
  await expectReturned(page, returnPage.url, session.token);
  const status = await gatewayStatus(request, session.token);
  expect(status.body).toMatchObject({ status: "error", code: 1006 });
  await phone.context().close();
});

test("the app asks for a 4–12 digit PIN before it answers", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: /^Log in to / })).toBeVisible();
  await phone.getByRole("radio", { name: /· EE · 40404040009$/ }).check();
  await phone.getByLabel("PIN1").fill("123");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expect(phone.getByText("The PIN has 4 to 12 digits.")).toBeVisible();
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });
  await phone.getByLabel("PIN1").fill("12345");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expectReturned(page, returnPage.url, session.token);
  await phone.context().close();
});

test("a SK failure account ends as its name says when chosen in the app", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await phone.getByRole("radio", { name: /30403039983/ }).check();
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expect(phone.getByText(/always ends with TIMEOUT/)).toBeVisible();
  await expect(page.getByText("The request was not answered in time.")).toBeVisible();
  await phone.context().close();
});

test("without fresh codes the QR is hidden within 3 s, and it comes back when they do", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const qr = page.getByTestId("smartid-qr");
  await expect(qr).toBeVisible();

  await page.route(/\/smartid-v3\/qr/, (route) => route.abort("connectionreset"));
  // Timed on the page's own clock: when the code left the screen, and when the last good code had arrived.
  const hiddenAt = await (
    await page.waitForFunction(() => !document.querySelector('[data-testid="smartid-qr"]') && performance.now(), null, {
      polling: "raf",
    })
  ).jsonValue();
  const lastArrivedAt = await page.evaluate(() =>
    Math.max(
      ...performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/smartid-v3/qr"))
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => entry.responseStatus === 200)
        .map((entry) => entry.responseEnd),
    ),
  );
  expect(hiddenAt).not.toBe(false);
  expect(Number(hiddenAt) - lastArrivedAt).toBeLessThan(3_000);
  await expect(page.getByText("Reconnecting… The code is hidden until a fresh one arrives.")).toBeVisible();

  await page.unroute(/\/smartid-v3\/qr/);
  await expect(qr).toBeVisible();
  await decodeQr(qr);
});

test("an expired code is replaced by a new Smart-ID session on request", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const qr = page.getByTestId("smartid-qr");
  const before = await decodeQr(qr);
  const sameDeviceBefore = await page.getByRole("link", { name: "Open Smart-ID app" }).getAttribute("href");

  // The gateway says the code's 60 s are over (answered here so the test need not wait a minute).
  await page.route(/\/smartid-v3\/qr/, (route) => route.fulfill({ json: { status: "expired" } }));
  await expect(page.getByText("This QR code has expired.")).toBeVisible();
  await expect(qr).toHaveCount(0);
  await page.unroute(/\/smartid-v3\/qr/);

  await page.getByRole("button", { name: "Show a new code" }).click();
  const after = await decodeQr(qr);
  expect(linkParameter(after, "sessionToken")).not.toBe(linkParameter(before, "sessionToken"));
  expect(Number(linkParameter(after, "elapsedSeconds"))).toBeLessThan(3);
  const sameDeviceAfter = await page.getByRole("link", { name: "Open Smart-ID app" }).getAttribute("href");
  expect(sameDeviceAfter).not.toBe(sameDeviceBefore);
  expect(linkParameter(sameDeviceAfter ?? "", "sessionToken")).toBe(linkParameter(after, "sessionToken"));
});
