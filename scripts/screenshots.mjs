#!/usr/bin/env node
// `npm run screenshots`: a real sign-in walked through in a browser, photographed at each step, at desktop
// (1280×800) and phone (390×844) size, into docs/screenshots/ — the pictures the README shows. It builds first when
// there is no build or the sources are newer than it, starts its own `next start` (SCREENSHOTS_PORT, default 3030),
// and writes palette PNGs; it fails, naming the file, if any is over 150 KB. Not part of `npm test`.
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import sharp from "sharp";
import { ensureBuild, ROOT, run, startServer } from "../bench/lib.mjs";

const OUT = join(ROOT, "docs/screenshots");
const MAX_BYTES = 150 * 1024;
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3030);
const CHROMIUM = process.env.CHROMIUM_PATH ?? (statOrNull("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
};

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The newest modification time under the folders a build is made from. */
function newestSource(dir = ROOT, depth = 0) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (
      depth === 0 &&
      !["app", "components", "lib", "public", "next.config.mjs", "proxy.ts", "auth.ts"].includes(entry.name)
    )
      continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path, depth + 1) : statSync(path).mtimeMs);
  }
  return newest;
}

async function buildIfNeeded() {
  const built = statOrNull(join(ROOT, ".next/BUILD_ID"));
  if (built && built.mtimeMs >= newestSource()) return;
  if (built) {
    console.info("The sources are newer than the build: running next build first.");
    await run(process.execPath, [join(ROOT, "node_modules/next/dist/bin/next"), "build"]);
  } else {
    await ensureBuild();
  }
}

/** A palette PNG (what sharp calls `palette`, lossy only in colours): small enough for a README. */
async function save(name, png) {
  const file = join(OUT, `${name}.png`);
  const small = await sharp(png)
    .png({ palette: true, quality: 85, colours: 128, compressionLevel: 9, effort: 10 })
    .toBuffer();
  writeFileSync(file, small);
  const size = small.length;
  console.info(`${name}.png  ${(size / 1024).toFixed(0)} KB`);
  return { name, size };
}

async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error("the QR code on the gateway's page could not be read");
  return decoded.data;
}

/** One walk: sign-in → redirect → the gateway's QR page → the virtual app → dashboard → protocol view → an error. */
async function walk(browser, base, sizeName) {
  const options = { ...SIZES[sizeName], locale: "en-GB", colorScheme: "light" };
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const shots = [];
  const shoot = async (step, target = page) => {
    // From the top of the page, as a person arriving sees it (filling a form may have scrolled it).
    await target.evaluate(() => window.scrollTo(0, 0));
    shots.push(await save(`${sizeName}-${step}`, await target.screenshot({ animations: "disabled" })));
  };

  await page.goto(`${base}/sign-in?flow=qr`);
  await shoot("1-sign-in");
  await page.getByRole("button", { name: "Continue to the gateway" }).click();
  await page.getByRole("heading", { name: "Taking you to the Identity Gateway" }).waitFor();
  await shoot("2-redirect");

  await page.getByRole("link", { name: "Continue", exact: true }).click();
  await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}/);
  const qr = page.getByTestId("smartid-qr");
  await qr.waitFor();
  await shoot("3-gateway-qr");

  const app = await (await browser.newContext(options)).newPage();
  await app.goto(await decodeQr(qr));
  await app.getByRole("radio", { name: /· EE · 40404040009$/ }).check();
  await app.getByLabel("PIN1").fill("12345");
  await shoot("4-virtual-app", app);
  await app.getByRole("button", { name: "Confirm" }).click();

  await page.waitForURL(`${base}/dashboard`);
  await page.getByTestId("person-name").waitFor();
  await shoot("5-dashboard");

  const protocol = page.locator("section[aria-labelledby=protocol-heading]");
  await page.getByRole("button", { name: /^Read the result/ }).click();
  await protocol.scrollIntoViewIfNeeded();
  shots.push(await save(`${sizeName}-6-protocol`, await protocol.screenshot({ animations: "disabled" })));

  await page.goto(`${base}/sign-in/error?reason=cancelled&flow=qr`);
  await shoot("7-error");
  await app.context().close();
  await context.close();
  return shots;
}

await mkdir(OUT, { recursive: true });
await buildIfNeeded();
const server = await startServer({
  port: PORT,
  inspectPort: PORT + 1,
  // The redirect page waits for Continue, so that it can be photographed.
  env: { SIGN_IN_REDIRECT_DELAY_MS: "60000", EMULATOR_APPROVAL_TIMEOUT_SECONDS: "300" },
});
let shots = [];
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    for (const size of Object.keys(SIZES)) shots = shots.concat(await walk(browser, server.base, size));
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}

const tooLarge = shots.filter((shot) => shot.size > MAX_BYTES);
if (tooLarge.length > 0) {
  console.error(`Over ${MAX_BYTES / 1024} KB: ${tooLarge.map((shot) => `${shot.name}.png`).join(", ")}`);
  process.exit(1);
}
console.info(`${shots.length} screenshots in docs/screenshots, each at most ${MAX_BYTES / 1024} KB.`);
