import { expect, type Page, test } from "@playwright/test";
import { decodeQr } from "../emulator/support";
import { portalUrl } from "../support/servers";

/**
 * The portal in the visitor's language, and that language carried on: to the gateway's hosted page (`_locale`),
 * into the Smart-ID device link (`lang`) and the virtual app, and back to the dashboard.
 */

const LOCALE_COOKIE = "portal.locale";

async function localeCookie(page: Page) {
  return (await page.context().cookies(portalUrl)).find((cookie) => cookie.name === LOCALE_COOKIE);
}

async function chooseLanguage(page: Page, name: string) {
  await page.getByTestId("language-switcher").locator("summary").click();
  await page.getByRole("button", { name, exact: true }).click();
}

test.describe("a browser that asks for Lithuanian", () => {
  test.use({ locale: "lt-LT" });

  test("signs in in Lithuanian from the portal through the hosted page and the app to the dashboard", async ({
    page,
    browser,
  }) => {
    // The portal's pages, in a browser whose clock stands still so that the redirect page can be read.
    const startContext = await browser.newContext({ locale: "lt-LT" });
    const start = await startContext.newPage();
    await start.clock.install();
    await start.clock.pauseAt(Date.now() + 1000);
    await start.goto("/sign-in?flow=qr");
    await expect(start.locator("html")).toHaveAttribute("lang", "lt");
    await expect(start.getByRole("heading", { level: 1 })).toHaveText("Prisijungimas");
    await expect(start.getByRole("radio", { name: /Smart-ID\+ QR kodas/ })).toBeChecked();
    await start.getByRole("button", { name: "Tęsti tinklų sietuve" }).click();
    await expect(start.getByRole("heading", { name: "Nukreipiame jus į Identity Gateway" })).toBeVisible();
    await expect(start.getByTestId("sent-_locale")).toHaveText("lt (puslapio kalba: Lietuvių)");
    await expect(start.getByTestId("countdown")).toContainText("Tęsiama po");
    // The same browser goes on (its sign-in cookie along), with a clock that runs.
    await page.context().addCookies(await startContext.cookies());
    await startContext.close();

    // On to the gateway's page as the redirect page would go, asked for in Lithuanian.
    await page.goto("/api/gateway/continue");
    await page.waitForURL(/\/emulator\/auth\/[0-9a-f]{64}\?_locale=lt$/);
    await expect(page.getByRole("heading", { name: "Nuskaitykite QR kodą Smart-ID programėle" })).toBeVisible();
    // The Smart-ID app, ready before the code is read: a QR code is valid for a few seconds only.
    const phone = await (await browser.newContext()).newPage();
    const link = await decodeQr(page.getByTestId("smartid-qr"));
    expect(new URL(link).searchParams.get("lang")).toBe("lit");
    await phone.goto(link);
    // It speaks the language of the link.
    await expect(phone.getByRole("heading", { name: "Prisijungti prie Smart-ID+ Demo Portal" })).toBeVisible();
    await phone.getByRole("radio", { name: /· EE · 40404040009$/ }).check();
    await phone.getByLabel("PIN1").fill("12345");
    await phone.getByRole("button", { name: "Patvirtinti" }).click();
    await expect(phone.getByRole("heading", { name: "Patvirtinta" })).toBeVisible();
    await phone.context().close();

    // Back at the portal, still in Lithuanian.
    await expect(page).toHaveURL(`${portalUrl}/dashboard`);
    await expect(page.getByTestId("person-name")).toHaveText("OK TESTNUMBER");
    await expect(page.getByText("Prisijungta", { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("flow")).toHaveText("Smart-ID+ QR kodas");
    await expect(page.getByTestId("country")).toHaveText("Estija (EE)");
    await expect(page.getByRole("heading", { name: "Kaip prisijungėte" })).toBeVisible();
    await expect(page.getByTestId("timeline")).toContainText("Grįžta iš tinklų sietuvo");
    // Lithuanian dates: year first, 24-hour clock.
    await expect(page.getByTestId("session-ends")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    await page.getByRole("button", { name: "Atsijungti" }).click();
    await expect(page).toHaveURL(`${portalUrl}/`);
  });

  test("names the failure in Lithuanian, and the countries of the sign-in form too", async ({ page }) => {
    await page.goto("/sign-in/error?reason=cancelled&flow=qr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prisijungimas atšauktas");
    await expect(page.getByRole("link", { name: "Bandyti dar kartą" })).toHaveAttribute("href", "/sign-in?flow=qr");
    await page.goto("/sign-in?flow=classic&country=lv");
    await expect(page.getByRole("combobox", { name: "Šalis" })).toHaveValue("lv");
    await expect(page.getByRole("combobox", { name: "Šalis" }).locator("option:checked")).toHaveText("Latvija");
  });
});

test.describe("the language switcher", () => {
  test("is English by default, and remembers the chosen language for a year on this site", async ({ page }) => {
    await page.goto("/sign-in?flow=classic&code=40404040009");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    expect(await localeCookie(page)).toBeUndefined();

    await chooseLanguage(page, "Latviešu");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pieteikšanās");
    await expect(page.locator("html")).toHaveAttribute("lang", "lv");
    // The same address, the same choices: only the language changed.
    await expect(page).toHaveURL(`${portalUrl}/sign-in?flow=classic&code=40404040009`);
    await expect(page.getByRole("textbox", { name: "Personas kods" })).toHaveValue("40404040009");

    const cookie = await localeCookie(page);
    expect(cookie).toMatchObject({ value: "lv", sameSite: "Lax", path: "/", httpOnly: true });
    const yearFromNow = Date.now() / 1000 + 365 * 24 * 3600;
    expect(Math.abs((cookie?.expires ?? 0) - yearFromNow)).toBeLessThan(120);

    // Every page after, and a new tab, speak Latvian; the browser's own English no longer counts.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Pieteikties" }).first()).toBeVisible();
    const other = await page.context().newPage();
    await other.goto("/sign-in/error?reason=gateway-timeout");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Pieteikšanās pakalpojums bija pārāk lēns");

    await chooseLanguage(page, "Русский");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Вход со Smart-ID+");
    expect((await localeCookie(page))?.value).toBe("ru");
  });

  test("refuses a language the portal does not have, and changes nothing", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByTestId("language-switcher").locator("summary").click();
    // As a tampered form would post it.
    await page.getByRole("button", { name: "Eesti", exact: true }).evaluate((button) => {
      button.setAttribute("value", "de");
    });
    await page.getByRole("button", { name: "Eesti", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not available" })).toHaveText(
      "That choice is not available; nothing was changed.",
    );
    expect(await localeCookie(page)).toBeUndefined();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });
});
