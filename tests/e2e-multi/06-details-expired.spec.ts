import { expect, test } from "@playwright/test";
import { createClient } from "@redis/client";
import { expectDashboard } from "../e2e/portal/support";
import { portalUrl, redisPrefix, redisUrl } from "./support/cluster";
import { confirmQrOnAPhone, startAt } from "./support/flows";

/**
 * The session cookie carries only who signed in; the certificate, the timeline and the gateway's answer are kept in
 * the state store for an hour from their last reading. When they are gone — expired, or evicted by a Redis that ran
 * out of memory — the person is still signed in, and the dashboard says plainly what is missing and why.
 */

test("a dashboard whose server-side details are gone says so, and the person stays signed in", async ({
  page,
  browser,
}) => {
  await startAt(page, "flow=qr");
  await confirmQrOnAPhone(page, browser);
  await expectDashboard(page, portalUrl);
  await expect(page.getByTestId("gateway-answer")).toHaveCount(1);
  await expect(page.getByTestId("details-gone")).toHaveCount(0);

  const redis = createClient({ url: redisUrl });
  await redis.connect();
  try {
    const kept = await redis.keys(`${redisPrefix}portal:details:*`);
    expect(kept.length).toBeGreaterThan(0);
    await redis.del(kept);
  } finally {
    await redis.close();
  }

  await page.reload();
  await expectDashboard(page, portalUrl);
  await expect(page.getByTestId("details-gone")).toContainText("no longer kept");
  await expect(page.getByRole("region", { name: "Authentication certificate" })).toHaveCount(0);
  await expect(page.getByTestId("gateway-answer")).toHaveCount(0);
  const pem = await page.request.get(`${portalUrl}/api/me/certificate`);
  expect(pem.status()).toBe(404);
  expect(await pem.text()).toContain("no longer kept");
});
