import { expect, type Page, test } from "@playwright/test";
import { confirmInApp, createHostedSession, decodeQr, expectReturned, returnPageForTheseTests } from "./support";

/**
 * How the hosted page learns that the app confirmed: pushed over Server-Sent Events, with polling for when the push
 * channel is blocked or drops. Each test takes one of the two away and checks the person still gets back.
 */

const returnPage = returnPageForTheseTests("/return?from=delivery");

const EVENTS = /\/emulator\/auth\/[0-9a-f]{64}\/events$/;
const POLL = /\/emulator\/auth\/[0-9a-f]{64}\/state$/;

/** Counts the hosted page's push connections and polls. */
function watch(page: Page) {
  const seen = { events: 0, polls: 0 };
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (EVENTS.test(path)) seen.events++;
    if (POLL.test(path)) seen.polls++;
  });
  return seen;
}

async function confirmFromPhone(page: Page) {
  const link = await decodeQr(page.getByTestId("smartid-qr"));
  const phone = await (await page.context().browser()?.newContext())?.newPage();
  if (!phone) throw new Error("no second browser context");
  await phone.goto(link);
  await confirmInApp(phone, "EE", "40404040009");
  await expect(phone.getByRole("heading", { name: "Confirmed" })).toBeVisible();
  await phone.context().close();
}

test("the push alone brings the page back: with polling blocked, the confirmation still arrives", async ({
  page,
  request,
}) => {
  const seen = watch(page);
  await page.route(POLL, (route) => route.abort());
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  await expect.poll(() => seen.events).toBeGreaterThan(0);

  await confirmFromPhone(page);
  await expectReturned(page, returnPage.url, session.token);
  expect(seen.polls).toBe(0);
});

test("polling alone brings the page back: with the push channel blocked, the confirmation still arrives", async ({
  page,
  request,
}) => {
  const seen = watch(page);
  await page.route(EVENTS, (route) => route.abort());
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);

  await confirmFromPhone(page);
  await expectReturned(page, returnPage.url, session.token);
  expect(seen.polls).toBeGreaterThan(0);
});

test("a push connection that drops falls back to polling until the browser reconnects", async ({ page, request }) => {
  const seen = watch(page);
  // The first push connection opens, asks the browser to wait ten minutes before reconnecting, and ends.
  await page.route(EVENTS, (route) =>
    route.fulfill({ status: 200, contentType: "text/event-stream", body: "retry: 600000\n\n" }),
  );
  const session = await createHostedSession(request, { returnUrl: returnPage.url });
  await page.goto(session.url);
  await expect.poll(() => seen.polls, { timeout: 5000 }).toBeGreaterThan(0);

  await confirmFromPhone(page);
  await expectReturned(page, returnPage.url, session.token);
  expect(seen.events).toBe(1);
});
