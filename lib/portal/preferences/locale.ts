/**
 * The portal's languages: the five the gateway's hosted page takes as `_locale` (identity-gateway.md), so the
 * language a person picks here goes on to the gateway's page and into the Smart-ID app's device link.
 * Constants only, for the switcher in the browser too: reading a choice is lib/portal/preferences/choices.ts.
 */

export const LOCALES = ["en", "lt", "lv", "et", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the switcher's choice (lib/portal/preferences/actions.ts). */
export const LOCALE_COOKIE = "portal.locale";

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  lt: "Lietuvių",
  lv: "Latviešu",
  et: "Eesti",
  ru: "Русский",
};

/**
 * The locale for Intl's dates, numbers and names: English in its European form (day before month, a 24-hour
 * clock), as the portal's readers in the Baltics write it; the others as they are.
 */
export function formattingLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}
