import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";
import type { PresenterMode, PresenterSwitch } from "./presenter";
import { DEFAULT_THEME, THEMES, type Theme } from "./theme";

/**
 * What a visitor chose — language, colour theme, presenter mode — read from the strings a request carries (a cookie,
 * Accept-Language, the query, a switcher's form). Pure, and on the server only: the switchers in the browser need
 * just the constants (locale.ts, theme.ts, presenter.ts), and keeping the schemas here keeps zod out of every page's
 * scripts.
 */

export const localeSchema = z.enum(LOCALES, { error: "language must be one of en, lt, lv, et, ru" });

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

export const themeSchema = z.enum(THEMES, { error: "theme must be system, light or dark" });

/** The theme from its cookie; anything else (absent, tampered) is the default. */
export function pickTheme(cookieValue: string | undefined): Theme {
  const parsed = themeSchema.safeParse(cookieValue);
  return parsed.success ? parsed.data : DEFAULT_THEME;
}

const switchSchema = z.enum(["1", "0"]) satisfies z.ZodType<PresenterSwitch>;

/** The address wins over the cookie; a value other than 1 or 0 in either is ignored. */
export function presenterMode(query: string | string[] | undefined, cookieValue: string | undefined): PresenterMode {
  const switched = switchSchema.safeParse(Array.isArray(query) ? query[0] : query);
  if (switched.success) return { on: switched.data === "1", switched: switched.data };
  return { on: switchSchema.safeParse(cookieValue).data === "1", switched: undefined };
}
