import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { gatewayUrl } from "../support/servers";
import { createHostedSession, decodeQr, returnPageForTheseTests, testControl } from "./support";

const returnPage = returnPageForTheseTests("/return");

/** Serious and critical axe findings, named so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("the hosted page has no serious accessibility problems on any tab, in both languages", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid", "mobile", "smartcard"],
  });
  for (const locale of ["en", "lt"]) {
    await page.goto(`${session.url}?_locale=${locale}`);
    await expect(page.getByTestId("smartid-qr")).toBeVisible();
    expect(await seriousViolations(page), `Smart-ID tab (${locale})`).toEqual([]);
    for (const [index, panel] of ["mobile", "smartcard"].entries()) {
      await page
        .getByRole("tab")
        .nth(index + 1)
        .click();
      await expect(page.locator(`#panel-${panel}`)).toBeVisible();
      expect(await seriousViolations(page), `${panel} tab (${locale})`).toEqual([]);
    }
  }
});

test("the classic Smart-ID form and its verification screen have no serious accessibility problems", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid"],
    qrFlow: false,
    code: "40404040009",
    countryCode: "ee",
  });
  await page.goto(session.url);
  expect(await seriousViolations(page), "classic form").toEqual([]);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("verification-code")).toBeVisible();
  expect(await seriousViolations(page), "verification code").toEqual([]);
});

test("the virtual phone has no serious accessibility problems, idle and with a request", async ({
  page,
  browser,
  request,
}) => {
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(`${gatewayUrl}/phone`);
  expect(await seriousViolations(phone), "phone home").toEqual([]);

  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["mobile"],
    phone: "+37200000766",
    code: "60001019906",
  });
  await page.goto(session.url);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("verification-code")).toBeVisible();
  const href = await page.getByRole("link", { name: "Open the virtual phone" }).getAttribute("href");
  await phone.goto(new URL(href ?? "", page.url()).toString());
  await expect(phone.getByRole("radio")).toHaveCount(3);
  expect(await seriousViolations(phone), "phone request").toEqual([]);
  await phone.context().close();
});

test("the virtual Smart-ID app has no serious accessibility problems", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const app = await (await browser.newContext()).newPage();
  await app.goto(link);
  await expect(app.getByRole("heading", { name: /^Log in to / })).toBeVisible();
  expect(await seriousViolations(app), "request screen").toEqual([]);
  await app.goto(`${gatewayUrl}/device-link?deviceLinkType=QR`);
  await expect(app.getByTestId("link-refused")).toBeVisible();
  expect(await seriousViolations(app), "refused link screen").toEqual([]);
  await app.goto(`${gatewayUrl}`);
  expect(await seriousViolations(app), "emulator landing page").toEqual([]);
  await app.context().close();
});

test("the ended-sign-in screen and the refused-callback page have no serious accessibility problems", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(`${session.url}?_locale=lt`);
  await testControl(request, session.token, "end", { endResult: "WRONG_VC" });
  await expect(page.getByTestId("end-result")).toHaveAttribute("data-end-result", "WRONG_VC");
  expect(await seriousViolations(page), "failed sign-in (lt)").toEqual([]);

  const response = await page.goto(`${gatewayUrl}/auth/${session.token}/smartid-v3/callback?value=x`);
  expect(response?.status()).toBe(400);
  expect(await seriousViolations(page), "refused callback").toEqual([]);
});
