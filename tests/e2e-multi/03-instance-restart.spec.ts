import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectDashboard } from "../e2e/portal/support";
import { portalUrl, readCluster, restartInstance } from "./support/cluster";
import { confirmQrOnAPhone, expectServedByEveryInstance, startAt, trackUpstreams } from "./support/flows";

/**
 * An instance dies in the middle of a sign-in and comes back with the same settings: nothing of the sign-in lived in
 * it (the session, the binding, the spent tokens are in Redis or in the browser's sealed cookie), so the sign-in
 * still finishes, on whichever instance each step lands.
 */

test("an instance killed and started again while the person is on the gateway's page: the sign-in finishes", async ({
  page,
  browser,
}) => {
  await startAt(page, "flow=qr");
  await expect(page.getByTestId("smartid-qr")).toBeVisible();

  const before = readCluster().instances[0];
  await restartInstance(0);
  const after = readCluster().instances[0];
  expect(after?.pid).not.toBe(before?.pid);
  // Its log, kept across the restart, shows two starts.
  expect(readFileSync(after?.log ?? "", "utf8").match(/Ready in/g)?.length ?? 0).toBeGreaterThanOrEqual(2);

  // From here on, every request the page and the phone make is answered by one of the two instances in turn.
  const served = trackUpstreams(page.context());
  await confirmQrOnAPhone(page, browser);

  await expectDashboard(page, portalUrl);
  expectServedByEveryInstance(served);
});
