import { formattingLocale, type Locale } from "@/lib/preferences/locale";

/**
 * Dates and durations in the reader's language (Intl). The server renders them and cannot know the reader's time
 * zone, so times are in UTC and say so.
 */

function inUtc(locale: Locale, options: Intl.DateTimeFormatOptions, value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${new Intl.DateTimeFormat(formattingLocale(locale), { ...options, timeZone: "UTC" }).format(date)} UTC`;
}

export function formatDateTime(value: Date | number | string, locale: Locale): string {
  return inUtc(locale, { dateStyle: "medium", timeStyle: "medium" }, value);
}

/** Just the clock time, for steps of one sign-in whose day is shown elsewhere. */
export function formatTime(value: Date | number | string, locale: Locale): string {
  return inUtc(locale, { timeStyle: "medium" }, value);
}

/** Milliseconds under a second, else seconds with one decimal, in the language's own unit and separator. */
export function formatDuration(ms: number, locale: Locale): string {
  const seconds = ms >= 1000;
  return new Intl.NumberFormat(formattingLocale(locale), {
    style: "unit",
    unit: seconds ? "second" : "millisecond",
    unitDisplay: "narrow",
    minimumFractionDigits: seconds ? 1 : 0,
    maximumFractionDigits: seconds ? 1 : 0,
  }).format(seconds ? ms / 1000 : Math.max(0, Math.round(ms)));
}
