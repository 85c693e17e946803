import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { devices, expect, test } from "@playwright/test";
import { accessToken, portalUrl } from "../support/servers";
import { expectDashboard } from "./support";

test.describe("the gateway access token stays on the server", () => {
  test("appears in no response the browser receives during a full sign-in", async ({ browser }) => {
    // The whole same-device flow in one phone browser: portal pages, the gateway's page, the Smart-ID app, back.
    const { defaultBrowserType: _chromiumAlready, ...pixel5 } = devices["Pixel 5"];
    const context = await browser.newContext({ ...pixel5, baseURL: portalUrl });
    const page = await context.newPage();
    const seen: Array<{ url: string; body: string }> = [];
    page.on("response", async (response) => {
      const headers = JSON.stringify(await response.allHeaders());
      const body = await response.body().then(
        (bytes) => bytes.toString("latin1"),
        () => "",
      );
      seen.push({ url: response.url(), body: `${headers}\n${body}` });
    });
    await page.goto("/sign-in?flow=same-device&methods=smartid,mobile&country=ee&code=40404040009");
    await page.getByRole("button", { name: "Continue to the gateway" }).click();
    await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}\?_locale=en$/);
    await page.getByRole("link", { name: "Open Smart-ID app" }).click();
    await page.getByRole("radio", { name: /· EE · 40404040009$/ }).check();
    await page.getByLabel("PIN1").fill("12345");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expectDashboard(page);
    await page.getByText("The gateway's status answer").click();
    await page.goto("/");
    await page.goto("/sign-in");
    await context.close();

    expect(seen.some((entry) => entry.url.includes("/emulator/auth/"))).toBe(true);
    expect(seen.some((entry) => entry.url.includes("/api/gateway/app2app"))).toBe(true);
    const leaks = seen.filter((entry) => entry.body.includes(accessToken) || entry.url.includes(accessToken));
    expect(leaks.map((entry) => entry.url)).toEqual([]);
  });

  test("appears in no file under .next/static", async () => {
    const files: string[] = [];
    async function walk(directory: string) {
      for (const entry of await readdir(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) await walk(path);
        else files.push(path);
      }
    }
    await walk(join(process.cwd(), ".next", "static"));
    expect(files.length).toBeGreaterThan(0);
    const leaking: string[] = [];
    for (const file of files) {
      if ((await readFile(file)).includes(accessToken)) leaking.push(file);
    }
    expect(leaking).toEqual([]);
  });
});
