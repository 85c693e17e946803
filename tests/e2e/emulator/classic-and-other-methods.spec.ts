import { type Browser, expect, type Page, test } from "@playwright/test";
import { gatewayUrl } from "../support/servers";
import { createHostedSession, expectReturned, gatewayStatus, returnPageForTheseTests, testControl } from "./support";

const returnPage = returnPageForTheseTests("/back?x=1");

/** Starts a classic Smart-ID request on the hosted page and returns the verification code it shows. */
async function startClassic(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.getByLabel("Personal code")).toHaveValue("40404040009");
  await expect(page.getByLabel("Country")).toHaveValue("EE");
  await page.getByRole("button", { name: "Continue" }).click();
  const code = page.getByTestId("verification-code");
  await expect(code).toHaveText(/^\d{4}$/);
  return (await code.textContent()) ?? "";
}

/**
 * The virtual phone the hosted page links to — for this request alone, by its secret id — opened on another device,
 * showing the waiting request of `holder`.
 */
async function openPhone(browser: Browser, page: Page, holder: string): Promise<Page> {
  const href = await page.getByRole("link", { name: "Open the virtual phone" }).getAttribute("href");
  expect(href).toMatch(/^\/emulator\/phone\?request=[A-Za-z0-9_-]{24}$/);
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(new URL(href ?? "", page.url()).toString());
  await expect(phone.getByRole("heading", { name: /log in to/ })).toBeVisible();
  await expect(phone.getByText(`Phone of ${holder}`)).toBeVisible();
  return phone;
}

async function codesOnPhone(phone: Page): Promise<string[]> {
  const radios = phone.getByRole("radio");
  await expect(radios).toHaveCount(3);
  return radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function answer(phone: Page, code: string) {
  await phone.getByText(code, { exact: true }).click();
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Confirm" }).click();
}

const classic = { methods: ["smartid" as const], qrFlow: false, code: "40404040009", countryCode: "ee" };

test("classic Smart-ID: the right code on the phone signs the person in", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  const code = await startClassic(page, session.url);
  const phone = await openPhone(browser, page, "OK TESTNUMBER (EE, 40404040009)");
  const codes = await codesOnPhone(phone);
  expect(codes).toContain(code);
  expect(new Set(codes).size).toBe(3);
  await answer(phone, code);
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({
    status: "ok",
    code: "40404040009",
    country_code: "ee",
    authentication_method: "smartid",
  });
  await phone.context().close();
});

test("the virtual phone shows a request only to whoever opens it from that sign-in's page", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  await startClassic(page, session.url);
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`${gatewayUrl}/phone`);
  await expect(stranger.getByText("This phone shows a request when you open it from the sign-in page")).toBeVisible();
  await stranger.goto(`${gatewayUrl}/phone?request=${"A".repeat(24)}`);
  await expect(stranger.getByText("No requests waiting.")).toBeVisible();
  await expect(stranger.getByRole("radio")).toHaveCount(0);
  const refused = await stranger.request.post(`${gatewayUrl}/phone/respond`, {
    data: { requestId: "A".repeat(24), decision: "refuse" },
  });
  expect(refused.status()).toBe(409);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });
  await stranger.context().close();
});

test("classic Smart-ID: a wrong code ends with WRONG_VC", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  const code = await startClassic(page, session.url);
  const phone = await openPhone(browser, page, "OK TESTNUMBER (EE, 40404040009)");
  const wrong = (await codesOnPhone(phone)).find((candidate) => candidate !== code) ?? "";
  await answer(phone, wrong);
  await expect(phone.getByText("That was not the code on the screen")).toBeVisible();

  await expect(page.getByTestId("end-result")).toHaveAttribute("data-end-result", "WRONG_VC");
  await expect(page.getByText("A wrong verification code was chosen in the app.")).toBeVisible();
  await page.getByRole("link", { name: /^Return to / }).click();
  await expectReturned(page, returnPage.url, session.token);
  const status = await gatewayStatus(request, session.token);
  expect(status.body).toMatchObject({ status: "error", code: 1009 });
  await phone.context().close();
});

test("classic Smart-ID: refusing on the phone ends the sign-in as refused", async ({ page, browser, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  await startClassic(page, session.url);
  const phone = await openPhone(browser, page, "OK TESTNUMBER (EE, 40404040009)");
  await phone.getByRole("button", { name: "Refuse" }).click();
  await expect(page.getByTestId("end-result")).toHaveAttribute("data-end-result", "USER_REFUSED");
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "error", code: 1006 });
  await phone.context().close();
});

test("classic Smart-ID: no answer within the time limit ends with TIMEOUT", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  await startClassic(page, session.url);
  await expect(page.getByText(/\d+ s left/)).toBeVisible();
  // The e2e servers run with EMULATOR_APPROVAL_TIMEOUT_SECONDS=8.
  await expect(page.getByTestId("end-result")).toHaveAttribute("data-end-result", "TIMEOUT", { timeout: 15_000 });
  await expect(page.getByText("The request was not answered in time.")).toBeVisible();
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "error", code: 1007 });
});

test("classic Smart-ID: an unknown personal code is refused on the page and changes nothing", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid"],
    qrFlow: false,
  });
  await page.goto(session.url);
  await page.getByLabel("Personal code").fill("39912319999");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#classic-error")).toHaveText(
    "No Smart-ID account was found for this personal code in the chosen country.",
  );
  await page.getByLabel("Personal code").fill("12ab");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#classic-error")).toContainText("Enter your personal code");
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });
});

test("Mobile-ID: phone and personal code, the code confirmed on the virtual phone", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["mobile"],
    phone: "+37200000766",
    code: "60001019906",
  });
  await page.goto(session.url);
  await expect(page.getByLabel("Phone number")).toHaveValue("+37200000766");
  await page.getByRole("button", { name: "Continue" }).click();
  const code = (await page.getByTestId("verification-code").textContent()) ?? "";
  expect(code).toMatch(/^\d{4}$/);
  const phone = await openPhone(browser, page, "+37200000766");
  await answer(phone, code);
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({
    status: "ok",
    authentication_method: "mobile",
    phone: "+37200000766",
    code: "60001019906",
  });
  await phone.context().close();
});

test("ID card: choosing a test card signs in at once", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, methods: ["smartcard"] });
  await page.goto(session.url);
  await page.getByRole("radio", { name: /· LV · 040404-10003/ }).check();
  await page.getByRole("button", { name: "Sign in with this card" }).click();
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({
    status: "ok",
    authentication_method: "smartcard",
    code: "040404-10003",
    country_code: "lv",
  });
});

test("cancel goes back to return_url, and the status answers cancelled", async ({ page, request }) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid", "mobile", "smartcard"],
  });
  await page.goto(session.url);
  await expect(page.getByRole("tab")).toHaveCount(3);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({
    status: "error",
    message: "Authentication cancelled",
    code: 1006,
  });
});

test("an expired session and an unknown token get a page that says so", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await testControl(request, session.token, "expire");
  await page.goto(session.url);
  await expect(page.getByRole("heading", { name: "This sign-in link is not valid" })).toBeVisible();
  await expect(page.getByTestId("smartid-qr")).toHaveCount(0);

  await page.goto(`${gatewayUrl}/auth/${"0".repeat(64)}?_locale=lt`);
  await expect(page.getByRole("heading", { name: "Ši prisijungimo nuoroda negalioja" })).toBeVisible();
  await page.goto(`${gatewayUrl}/auth/not-a-token`);
  await expect(page.getByRole("heading", { name: "This sign-in link is not valid" })).toBeVisible();
});

test("the page speaks Lithuanian with _locale=lt, tabs and all", async ({ page, request }) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid", "mobile", "smartcard"],
  });
  await page.goto(`${session.url}?_locale=lt`);
  await expect(page.getByText("Identity Gateway emuliatorius — ne tikroji paslauga")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prisijungimas", exact: true })).toBeVisible();
  await page.getByRole("tab", { name: "Asmens tapatybės kortelė" }).click();
  await expect(page.getByRole("button", { name: "Prisijungti su šia kortele" })).toBeVisible();
  await page.getByRole("tab", { name: "Mobile-ID" }).click();
  await expect(page.getByLabel("Telefono numeris")).toBeVisible();
});

test("the virtual phone speaks the page's language: a Lithuanian sign-in opens a Lithuanian phone", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  await page.goto(`${session.url}?_locale=lt`);
  await page.getByRole("button", { name: "Tęsti" }).click();
  const code = (await page.getByTestId("verification-code").textContent()) ?? "";
  expect(code).toMatch(/^\d{4}$/);
  const href = await page.getByRole("link", { name: "Atverti virtualų telefoną" }).getAttribute("href");
  expect(href).toMatch(/^\/emulator\/phone\?request=[A-Za-z0-9_-]{24}&_locale=lt$/);

  const phone = await (await browser.newContext()).newPage();
  await phone.goto(new URL(href ?? "", page.url()).toString());
  await expect(phone.locator("body [lang]").first()).toHaveAttribute("lang", "lt");
  await expect(phone.getByRole("heading", { name: /prisijungti prie/ })).toBeVisible();
  await phone.getByText(code, { exact: true }).click();
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Patvirtinti" }).click();
  await expect(phone.getByText("Patvirtinta. Tęskite ekrane, kuriame pradėjote.")).toBeVisible();
  await expectReturned(page, returnPage.url, session.token);
});

test("the virtual phone asks for the code and a 4–12 digit PIN before it answers", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, ...classic });
  const code = await startClassic(page, session.url);
  const phone = await openPhone(browser, page, "OK TESTNUMBER (EE, 40404040009)");
  await phone.getByLabel("PIN1").fill("1234");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expect(phone.getByText("Choose the code shown on the sign-in page.")).toBeVisible();
  await phone.getByText(code, { exact: true }).click();
  await phone.getByLabel("PIN1").fill("12");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expect(phone.getByText("The PIN has 4 to 12 digits.")).toBeVisible();
  // Nothing was answered: the sign-in page still waits, and the right answer still goes through.
  await expect(page.getByTestId("verification-code")).toHaveText(code);
  await answer(phone, code);
  await expectReturned(page, returnPage.url, session.token);
  await phone.context().close();
});
