import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { accessToken } from "../support/servers";
import { complete, expectDashboard, returnToPortal, startSignIn } from "./support";

test.describe("the gateway access token stays on the server", () => {
  test("appears in no response the browser receives during a full sign-in", async ({ page, request }) => {
    const seen: Array<{ url: string; body: string }> = [];
    page.on("response", async (response) => {
      const headers = JSON.stringify(await response.allHeaders());
      const body = await response.body().then(
        (bytes) => bytes.toString("latin1"),
        () => "",
      );
      seen.push({ url: response.url(), body: `${headers}\n${body}` });
    });
    const token = await startSignIn(page, "flow=same-device&methods=smartid,mobile&country=ee&code=40404040009");
    await complete(request, token);
    await returnToPortal(page, token);
    await expectDashboard(page);
    await page.getByText("The gateway's status answer").click();
    await page.goto("/");
    await page.goto("/sign-in");

    expect(seen.length).toBeGreaterThan(10);
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
