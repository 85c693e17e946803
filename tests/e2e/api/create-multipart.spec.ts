import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { statusOf, withToken } from "../support/gateway";
import { gatewayUrl } from "../support/servers";

/**
 * `create` with the body PHP's curl sends when CURLOPT_POSTFIELDS is an array: multipart/form-data. Real curl makes
 * the body, so the boundary, part headers and line endings are exactly what an integrator's server sends.
 */

const run = promisify(execFile);

/** `curl -s -F …` against the create endpoint; the HTTP status comes last, on a line of its own. */
async function curlCreate(form: string[]): Promise<{ status: number; body: Record<string, unknown> }> {
  const args = ["-s", "-w", "\n%{http_code}", ...form.flatMap((field) => ["-F", field])];
  const { stdout } = await run("curl", [...args, withToken("/api/authentication/create")]);
  const cut = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(cut + 1)), body: JSON.parse(stdout.slice(0, cut)) };
}

test("a create sent with curl -F starts a session with the methods and flags it names", async ({ page, request }) => {
  const answer = await curlCreate([
    "return_url=https://shop.example.com/return.php?order=42",
    "authentication_methods[]=smartid",
    "authentication_methods[]=mobile",
    "smartid_qr_flow=no",
  ]);
  expect(answer.status).toBe(200);
  expect(answer.body.status).toBe("ok");
  const token = String(answer.body.session_token);
  expect(answer.body.url).toBe(`${gatewayUrl}/auth/${token}`);
  expect((await (await statusOf(request, token)).json()).code).toBe(1003);

  // What the person sees proves the fields arrived: two methods, and the classic Smart-ID form (QR flow off).
  await page.goto(String(answer.body.url));
  await expect(page.getByRole("tab")).toHaveText(["Smart-ID", "Mobile-ID"]);
  await expect(page.getByLabel("Personal code")).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
});

test("curl -F with yes, ON and 0 as booleans, and an [0]-style array", async ({ page }) => {
  const answer = await curlCreate([
    "return_url=https://shop.example.com/return",
    "authentication_methods[0]=smartid",
    "smartid_qr_flow=ON",
  ]);
  expect(answer.status).toBe(200);
  await page.goto(String(answer.body.url));
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(page.getByRole("tab")).toHaveCount(0);
});

test("curl -F refuses a wrong boolean and a file part with 400 naming the field", async () => {
  const wrong = await curlCreate(["return_url=https://a.example/r", "smartid_qr_flow=perhaps"]);
  expect(wrong).toEqual({
    status: 400,
    body: { status: "error", message: "smartid_qr_flow must be true or false (also 1/0, on/off, yes/no)" },
  });

  const directory = await mkdtemp(join(tmpdir(), "create-multipart-"));
  try {
    const file = join(directory, "methods.txt");
    await writeFile(file, "smartid");
    const withFile = await curlCreate(["return_url=https://a.example/r", `authentication_methods[]=@${file}`]);
    expect(withFile).toEqual({
      status: 400,
      body: { status: "error", message: "authentication_methods[] is a file; the create request takes no files" },
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test("curl -F with a body over the cap is refused before it is decoded", async () => {
  const answer = await curlCreate(["return_url=https://a.example/r", `code=${"1".repeat(20_000)}`]);
  expect(answer).toEqual({
    status: 413,
    body: { status: "error", message: "the request body is larger than 16384 bytes" },
  });
});
