import { expect, test } from "@playwright/test";
import { accessToken, gatewayUrl } from "../support/servers";
import { createHostedSession, decodeQr, expectReturned, gatewayStatus, returnPageForTheseTests } from "./support";

/**
 * `supported_residencies`: only people resident in those countries may sign in. Everyone else is told so on the
 * hosted page, in its language, and the session ends with the emulator's residency answer.
 */

const returnPage = returnPageForTheseTests("/back");

const NOT_RESIDENT = {
  httpStatus: 400,
  body: {
    status: "error",
    message: "Authentication failed: the person's country of residence (EE) is not in supported_residencies",
    code: 1012,
  },
};

test("classic Smart-ID: an Estonian is refused where only Lithuanians and Latvians may sign in", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartid"],
    qrFlow: false,
    code: "40404040009",
    countryCode: "ee",
    supportedResidencies: ["LT", "lv"],
  });
  await page.goto(session.url);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("region", { name: "Sign-in did not succeed" })).toBeVisible();
  await expect(page.getByTestId("end-result")).toHaveText(
    "Smart-ID+ Demo Portal accepts only people resident in Lithuania or Latvia. " +
      "Your country of residence is Estonia, so you cannot sign in here.",
  );
  // No request was sent to a phone, the session has ended, and the way back is offered.
  await expect(page.getByTestId("verification-code")).toHaveCount(0);
  expect(await gatewayStatus(request, session.token)).toEqual(NOT_RESIDENT);
  await page.getByRole("link", { name: "Return to Smart-ID+ Demo Portal" }).click();
  await expectReturned(page, returnPage.url, session.token);
});

test("Mobile-ID, in Lithuanian: the refusal is in the page's language", async ({ page, request }) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["mobile"],
    phone: "+37200000766",
    code: "60001019906",
    supportedResidencies: ["lt"],
  });
  await page.goto(`${session.url}?_locale=lt`);
  await page.getByRole("button", { name: "Tęsti" }).click();
  await expect(page.getByRole("region", { name: "Prisijungti nepavyko" })).toBeVisible();
  await expect(page.getByTestId("end-result")).toHaveText(
    "Smart-ID+ Demo Portal priima tik asmenis, kurių gyvenamoji šalis yra Lietuva. " +
      "Jūsų gyvenamoji šalis – Estija, todėl čia prisijungti negalite.",
  );
  expect(await gatewayStatus(request, session.token)).toEqual(NOT_RESIDENT);
});

test("QR: the virtual app says it is not accepted, and so does the sign-in page", async ({
  page,
  browser,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url, supportedResidencies: ["lv"] });
  await page.goto(session.url);
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(link);
  await phone.getByRole("radio", { name: /· EE · 40404040009$/ }).check();
  await phone.getByLabel("PIN1").fill("12345");
  await phone.getByRole("button", { name: "Confirm" }).click();
  await expect(phone.getByRole("heading", { name: "Not accepted" })).toBeVisible();
  await expect(phone.getByText("Smart-ID+ Demo Portal does not accept people resident in Estonia.")).toBeVisible();

  await expect(page.getByTestId("end-result")).toContainText("accepts only people resident in Latvia");
  expect(await gatewayStatus(request, session.token)).toEqual(NOT_RESIDENT);
  await phone.context().close();
});

test("a resident signs in as usual: an ID card from Latvia where Latvians may", async ({ page, request }) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    methods: ["smartcard"],
    supportedResidencies: ["lv"],
  });
  await page.goto(session.url);
  await page.getByRole("radio", { name: /· LV · 040404-10003/ }).check();
  await page.getByRole("button", { name: "Sign in with this card" }).click();
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "ok", country_code: "lv" });
});

test("create names supported_residencies when a code is not a country; complete ends a non-resident's session", async ({
  request,
}) => {
  const create = await request.post(`${gatewayUrl}/api/authentication/create?access_token=${accessToken}`, {
    data: { return_url: returnPage.url, supported_residencies: ["lt", "XX"] },
  });
  expect(create.status()).toBe(400);
  expect(await create.json()).toEqual({
    status: "error",
    message: "supported_residencies: xx is not an ISO 3166-1 alpha-2 country code",
  });

  const session = await createHostedSession(request, { returnUrl: returnPage.url, supportedResidencies: ["lt"] });
  const complete = await request.post(
    `${gatewayUrl}/test/sessions/${session.token}/complete?access_token=${accessToken}`,
    { data: { identity: "PNOEE-40404040009" } },
  );
  expect(complete.status()).toBe(200);
  expect(await complete.json()).toMatchObject({ status: "ok", state: "not-resident", residency: "EE" });
  expect(await gatewayStatus(request, session.token)).toEqual(NOT_RESIDENT);
});
