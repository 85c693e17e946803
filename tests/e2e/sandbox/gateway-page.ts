import type { Locator, Page } from "@playwright/test";
import { decodeQr } from "../emulator/support";

/**
 * Finding things on the gateway's own page. Its markup is not ours and not documented, so nothing here uses test
 * ids or class names: the QR code is found by its picture, links by their `href`, fields by role, label or
 * placeholder text in the gateway's languages. README, "Using the real sandbox", lists these assumptions.
 */

export interface QrReading {
  link: string;
  /** When the screenshot it was read from was taken. */
  at: number;
  /** What it was read from, for the report: e.g. "an <svg> 483×483" or "the whole page". */
  source: string;
}

/** Pictures smaller than this (CSS px) are icons, not a QR code a phone could scan. */
const MIN_QR_SIDE_PX = 80;

/**
 * One attempt: screenshot every visible, roughly square <img>, <svg> and <canvas> big enough to be a QR code and
 * decode it; failing that, the whole page (which also covers a code drawn inside an iframe or as a background).
 */
export async function readQr(page: Page): Promise<QrReading | undefined> {
  const pictures = page.locator("img, svg, canvas");
  const candidates = await pictures.evaluateAll((elements, minSide) => {
    const found: Array<{ index: number; label: string }> = [];
    elements.forEach((element, index) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const visible = style.visibility !== "hidden" && style.display !== "none" && Number(style.opacity) > 0;
      const square = box.height > 0 && box.width / box.height > 0.8 && box.width / box.height < 1.25;
      if (visible && square && box.width >= minSide) {
        found.push({
          index,
          label: `an <${element.tagName.toLowerCase()}> ${Math.round(box.width)}×${Math.round(box.height)}`,
        });
      }
    });
    return found;
  }, MIN_QR_SIDE_PX);
  for (const candidate of candidates) {
    const reading = await readFrom(pictures.nth(candidate.index), candidate.label);
    if (reading) return reading;
  }
  return readFrom(page.locator("body"), "the whole page");
}

async function readFrom(target: Locator, source: string): Promise<QrReading | undefined> {
  const at = Date.now();
  try {
    return { link: await decodeQr(target), at, source };
  } catch {
    // Not a QR code, gone from the page meanwhile, or not readable right now: the caller tries again.
    return undefined;
  }
}

/** Reads the QR code, trying again every quarter second until `timeoutMs` has passed. */
export async function readQrWithin(page: Page, timeoutMs: number): Promise<QrReading | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reading = await readQr(page);
    if (reading || Date.now() >= deadline) return reading;
    await page.waitForTimeout(250);
  }
}

/**
 * A tab or button named just "Smart-ID" (or "Smart-ID+"): a gateway offering several methods may want one chosen
 * before it shows the QR code. Links are never clicked here: a same-device link would leave the page.
 */
export function smartIdChooser(page: Page): Locator {
  const name = /^\s*smart-?id\+?\s*$/i;
  return page.getByRole("tab", { name }).or(page.getByRole("button", { name })).first();
}

export interface SameDeviceAnchor {
  href: string;
  text: string;
}

/** Every link on the page whose `href` is a same-device device link, whatever it says. */
export async function sameDeviceAnchors(page: Page): Promise<SameDeviceAnchor[]> {
  const anchors = await page.locator("a[href]").evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute("href") ?? "",
      text: (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60),
    })),
  );
  return anchors.filter((anchor) => /[?&]deviceLinkType=(Web2App|App2App)(&|$)/.test(anchor.href));
}

/** The personal-code field in English, Estonian, Lithuanian, Latvian or Russian. */
const PERSONAL_CODE = /personal\s*(identification\s*)?code|isikukood|asmens\s*kodas|personas\s*kods|личный\s*код/i;
const COUNTRY = /country|riik|šalis|valsts|страна/i;
const SUBMIT = /continue|next|log\s*in|sign\s*in|submit|send|jätka|edasi|tęsti|prisijungti|turpināt|продолжить|войти/i;

export function personalCodeField(page: Page): Locator {
  return page
    .getByRole("textbox", { name: PERSONAL_CODE })
    .or(page.getByLabel(PERSONAL_CODE))
    .or(page.getByPlaceholder(PERSONAL_CODE))
    .first();
}

export function countryField(page: Page): Locator {
  return page.getByRole("combobox", { name: COUNTRY }).first();
}

export function submitButton(page: Page): Locator {
  return page.getByRole("button", { name: SUBMIT }).first();
}

/** Text that is exactly four digits: the verification code the person compares with the app's. */
export function fourDigitCode(page: Page): Locator {
  return page.getByText(/^\s*\d{4}\s*$/).first();
}

/**
 * Chooses `country` (an ISO 3166-1 alpha-2 code) in a <select>, by an option whose value is the code or whose text
 * is the country's English name or the code. Returns what was chosen, or undefined when no option fits.
 */
export async function chooseCountry(select: Locator, country: string): Promise<string | undefined> {
  const englishName = new Intl.DisplayNames(["en"], { type: "region" }).of(country) ?? country;
  const options = await select.locator("option").evaluateAll((elements) =>
    elements.map((element) => ({
      value: (element as HTMLOptionElement).value,
      text: (element.textContent ?? "").trim(),
    })),
  );
  const wanted = [country.toLowerCase(), englishName.toLowerCase()];
  const match = options.find(
    (option) => wanted.includes(option.value.toLowerCase()) || wanted.includes(option.text.toLowerCase()),
  );
  if (!match) return undefined;
  await select.selectOption(match.value);
  return match.text || match.value;
}

/** Where the page is and what its headings say, for a report line when something expected is missing. */
export async function describePage(page: Page): Promise<string> {
  const headings = await page
    .locator("h1, h2")
    .evaluateAll((elements) =>
      elements
        .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80))
        .filter(Boolean)
        .slice(0, 4),
    )
    .catch(() => []);
  return headings.length > 0 ? `headings: "${headings.join('", "')}"` : "no headings";
}
