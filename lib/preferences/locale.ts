import { z } from "zod";

/**
 * The portal's languages: the five the gateway's hosted page takes as `_locale` (identity-gateway.md), so the
 * language a person picks here goes on to the gateway's page and into the Smart-ID app's device link.
 * Pure: read on the server from the cookie and Accept-Language (lib/preferences/server.ts), tested in isolation.
 */

export const LOCALES = ["en", "lt", "lv", "et", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the switcher's choice (lib/preferences/actions.ts). */
export const LOCALE_COOKIE = "portal.locale";

export const localeSchema = z.enum(LOCALES, { error: "language must be one of en, lt, lv, et, ru" });

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  lt: "Lietuvių",
  lv: "Latviešu",
  et: "Eesti",
  ru: "Русский",
};

/** Longest Accept-Language the portal reads; browsers send a few dozen characters. */
const MAX_ACCEPT_LANGUAGE = 512;

/**
 * The best of the portal's languages for an Accept-Language header (RFC 9110 §12.5.4): ranges by descending
 * quality (ties keep their order), each matched on its primary subtag (`lt-LT` is `lt`); `*` and anything
 * unmatched fall through to English. A range with q=0 is "not this one".
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage || acceptLanguage.length > MAX_ACCEPT_LANGUAGE) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality, index };
    })
    .filter((range) => range.primary.length > 0 && Number.isFinite(range.quality) && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const match = localeSchema.safeParse(range.primary);
    if (match.success) return match.data;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language to speak: the visitor's own choice (the cookie, when it holds a language the portal has), else the
 * best match for their browser's Accept-Language, else English.
 */
export function pickLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  const chosen = localeSchema.safeParse(cookieValue);
  return chosen.success ? chosen.data : negotiateLocale(acceptLanguage);
}

/**
 * The locale for Intl's dates, numbers and names: English in its European form (day before month, a 24-hour
 * clock), as the portal's readers in the Baltics write it; the others as they are.
 */
export function formattingLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}
