import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { accessToken, gatewayUrl } from "../support/servers";
import {
  confirmInApp,
  createHostedSession,
  expectReturned,
  gatewayStatus,
  LocalServer,
  linkParameter,
  returnPageForTheseTests,
} from "./support";

const returnPage = returnPageForTheseTests("/return");
/** The integrator's app2app endpoint: forwards every GET parameter to the gateway's callback, as the spec requires. */
let integrator: LocalServer;
let forwardToken = "";

test.beforeAll(async () => {
  integrator = await new LocalServer((url) => ({
    status: 302,
    headers: { location: `${gatewayUrl}/auth/${forwardToken}/smartid-v3/callback${url.search}` },
  })).start();
});
test.afterAll(async () => {
  await integrator.stop();
});

/** Answers in the app but holds the app's callback instead of following it, and gives back its URL. */
async function answerAndCatchCallback(page: Page, pattern: RegExp, answer: () => Promise<void>): Promise<string> {
  let caught = "";
  await page.route(pattern, async (route) => {
    caught = route.request().url();
    await route.fulfill({ status: 200, contentType: "text/html", body: "<title>held</title>held" });
  });
  await answer();
  await expect.poll(() => caught).not.toBe("");
  await page.unroute(pattern);
  return caught;
}

function confirmAndCatchCallback(page: Page, pattern: RegExp): Promise<string> {
  return answerAndCatchCallback(page, pattern, () => confirmInApp(page, "LT", "40404040009"));
}

function refuseAndCatchCallback(page: Page, pattern: RegExp): Promise<string> {
  return answerAndCatchCallback(page, pattern, async () => {
    await expect(page.getByRole("heading", { name: /^Log in to / })).toBeVisible();
    await page.getByRole("button", { name: "Refuse" }).click();
  });
}

function tamper(url: string, name: string): string {
  const parsed = new URL(url);
  const value = parsed.searchParams.get(name) ?? "";
  parsed.searchParams.set(name, `${value[0] === "A" ? "B" : "A"}${value.slice(1)}`);
  return parsed.toString();
}

async function expectRefusedCheck(page: Page, url: string, check: string) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "The sign-in could not be accepted" })).toBeVisible();
  await expect(page.locator(`[data-check="${check}"]`)).toHaveText(check);
}

test("Web2App: the app returns to the gateway's callback, which sends the browser to return_url", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  const open = page.getByRole("link", { name: "Open Smart-ID app" });
  await expect(open).toHaveAttribute("data-link-type", "Web2App");
  await open.click();
  await confirmInApp(page, "LT", "40404040009");
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({
    status: "ok",
    country_code: "lt",
    authentication_method: "smartid",
  });
});

test("the virtual app speaks the language of the link: lang=lit from a Lithuanian page", async ({ page, request }) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(`${session.url}?_locale=lt`);
  const open = page.getByRole("link", { name: "Atverti Smart-ID programėlę" });
  expect(linkParameter((await open.getAttribute("href")) ?? "", "lang")).toBe("lit");
  await open.click();
  await expect(page.getByRole("heading", { name: /^Prisijungti prie / })).toBeVisible();
  await expect(page.locator("body [lang]").first()).toHaveAttribute("lang", "lt");
  await page.getByRole("radio", { name: /· LT · 40404040009$/ }).check();
  await page.getByLabel("PIN1").fill("12345");
  await page.getByRole("button", { name: "Patvirtinti" }).click();
  await expectReturned(page, returnPage.url, session.token);
});

test("Web2App callback: a tampered value, digest or verifier is refused, the genuine one once only", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  await page.getByRole("link", { name: "Open Smart-ID app" }).click();
  const callback = await confirmAndCatchCallback(page, /\/smartid-v3\/callback/);
  expect(callback).toContain(`/emulator/auth/${session.token}/smartid-v3/callback?value=`);
  expect(callback).toMatch(/&sessionSecretDigest=[\w-]{43}&userChallengeVerifier=[\w-]{43}$/);

  await expectRefusedCheck(page, tamper(callback, "value"), "value");
  await expectRefusedCheck(page, tamper(callback, "sessionSecretDigest"), "sessionSecretDigest");
  await expectRefusedCheck(page, tamper(callback, "userChallengeVerifier"), "userChallengeVerifier");
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });

  await page.goto(callback);
  await expectReturned(page, returnPage.url, session.token);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "ok" });

  await expectRefusedCheck(page, callback, "replay");
});

test("App2App: the app opens the integrator's link, the integrator forwards it, the browser reaches return_url", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    app2appUrl: `${integrator.origin}/app2app?from=app`,
  });
  forwardToken = session.token;
  await page.goto(session.url);
  const open = page.getByRole("link", { name: "Open Smart-ID app" });
  await expect(open).toHaveAttribute("data-link-type", "App2App");
  await open.click();
  await confirmInApp(page, "LT", "40404040009");
  await expectReturned(page, returnPage.url, session.token);

  const received = integrator.requests.at(-1);
  expect(received?.pathname).toBe("/app2app");
  expect(received?.searchParams.get("from")).toBe("app");
  expect(received?.searchParams.get("value")).toMatch(/^[\w-]{22,86}$/);
  expect(received?.searchParams.get("sessionSecretDigest")).toMatch(/^[\w-]{43}$/);
  expect(received?.searchParams.get("userChallengeVerifier")).toMatch(/^[\w-]{43}$/);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "ok" });
});

test("App2App callback: tampered parameters and a second use are refused", async ({ page, request }) => {
  const session = await createHostedSession(request, {
    returnUrl: returnPage.url,
    app2appUrl: `${integrator.origin}/app2app`,
  });
  forwardToken = session.token;
  await page.goto(session.url);
  await page.getByRole("link", { name: "Open Smart-ID app" }).click();
  const callback = await confirmAndCatchCallback(page, /\/app2app\?/);
  const forwarded = (url: string) => `${gatewayUrl}/auth/${session.token}/smartid-v3/callback${new URL(url).search}`;

  await expectRefusedCheck(page, forwarded(tamper(callback, "value")), "value");
  await expectRefusedCheck(page, forwarded(tamper(callback, "sessionSecretDigest")), "sessionSecretDigest");
  await expectRefusedCheck(page, forwarded(tamper(callback, "userChallengeVerifier")), "userChallengeVerifier");

  await page.goto(callback);
  await expectReturned(page, returnPage.url, session.token);
  await expectRefusedCheck(page, forwarded(callback), "replay");
});

test("an injected callback fault answers before any check, and the next callback is handled normally", async ({
  page,
  request,
}) => {
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  await page.getByRole("link", { name: "Open Smart-ID app" }).click();
  const callback = await confirmAndCatchCallback(page, /\/smartid-v3\/callback/);

  const fault = await request.post(`${gatewayUrl}/test/faults?access_token=${accessToken}`, {
    data: { endpoint: "callback", fault: "500", times: 1 },
  });
  expect(fault.status()).toBe(200);
  const faulty = await page.goto(callback);
  expect(faulty?.status()).toBe(500);
  expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });

  await page.goto(callback);
  await expectReturned(page, returnPage.url, session.token);
});

test.describe("after a refusal in the app", () => {
  test("App2App: the app still returns through the integrator, and the browser reaches return_url", async ({
    page,
    request,
  }) => {
    const session = await createHostedSession(request, {
      returnUrl: returnPage.url,
      app2appUrl: `${integrator.origin}/app2app`,
    });
    forwardToken = session.token;
    await page.goto(session.url);
    await page.getByRole("link", { name: "Open Smart-ID app" }).click();
    await expect(page.getByRole("heading", { name: /^Log in to / })).toBeVisible();
    await page.getByRole("button", { name: "Refuse" }).click();
    await expectReturned(page, returnPage.url, session.token);

    // What the app sent, as SK's app does after a refusal too.
    const received = integrator.requests.at(-1);
    expect(received?.pathname).toBe("/app2app");
    expect(received?.searchParams.get("value")).toMatch(/^[\w-]{22,86}$/);
    expect(received?.searchParams.get("sessionSecretDigest")).toMatch(/^[\w-]{43}$/);
    expect(received?.searchParams.get("userChallengeVerifier")).toMatch(/^[\w-]{43}$/);
    expect(await gatewayStatus(request, session.token)).toEqual({
      httpStatus: 400,
      body: { status: "error", message: "Authentication cancelled", code: 1006 },
    });
    // The same callback a second time is refused.
    await expectRefusedCheck(
      page,
      `${gatewayUrl}/auth/${session.token}/smartid-v3/callback${received?.search ?? ""}`,
      "replay",
    );
  });

  test("Web2App: the refusal has ended the session already; only the genuine callback brings the person back", async ({
    page,
    request,
  }) => {
    const session = await createHostedSession(request, { returnUrl: returnPage.url });
    await page.goto(session.url);
    await page.getByRole("link", { name: "Open Smart-ID app" }).click();
    const callback = await refuseAndCatchCallback(page, /\/smartid-v3\/callback/);
    expect(callback).toMatch(/\?value=[\w-]+&sessionSecretDigest=[\w-]{43}&userChallengeVerifier=[\w-]{43}$/);
    expect((await gatewayStatus(request, session.token)).body).toMatchObject({ code: 1006 });

    await expectRefusedCheck(page, tamper(callback, "value"), "value");
    await expectRefusedCheck(page, tamper(callback, "sessionSecretDigest"), "sessionSecretDigest");
    await page.goto(callback);
    await expectReturned(page, returnPage.url, session.token);
    await expectRefusedCheck(page, callback, "replay");
  });

  test("SK's failure account returns through the callback too, and status reports its end", async ({
    page,
    request,
  }) => {
    const session = await createHostedSession(request, { returnUrl: returnPage.url });
    await page.goto(session.url);
    await page.getByRole("link", { name: "Open Smart-ID app" }).click();
    // SK's account that picks the wrong code (its radio also says so, after the code).
    await page.getByRole("radio", { name: /· EE · 30403039972/ }).check();
    await page.getByLabel("PIN1").fill("12345");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expectReturned(page, returnPage.url, session.token);
    expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "error", code: 1009 });
  });

  test("a guessed 'refusal' cannot end a waiting sign-in", async ({ page, request }) => {
    const session = await createHostedSession(request, { returnUrl: returnPage.url });
    // Well-formed, as a careful attacker would make them: 32 random bytes each.
    const random = () => randomBytes(32).toString("base64url");
    const guessed = `${gatewayUrl}/auth/${session.token}/smartid-v3/callback?value=${random()}&sessionSecretDigest=${random()}&userChallengeVerifier=${random()}`;
    await expectRefusedCheck(page, guessed, "value");
    expect((await gatewayStatus(request, session.token)).body).toMatchObject({ status: "waiting" });
  });
});
