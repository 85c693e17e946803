import { formatter } from "@/lib/portal/i18n/formatters";
import { formattingLocale, type Locale } from "@/lib/portal/preferences/locale";

/**
 * Dates and durations in the reader's language (Intl). The server renders them and cannot know the reader's time
 * zone, so times are in UTC and say so.
 */

type UtcStyle = "dateTime" | "time";
const UTC_STYLES: Record<UtcStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "medium" },
  time: { timeStyle: "medium" },
};

function inUtc(locale: Locale, style: UtcStyle, value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const format = formatter(
    `${style}:${locale}`,
    () => new Intl.DateTimeFormat(formattingLocale(locale), { ...UTC_STYLES[style], timeZone: "UTC" }),
  );
  return `${format.format(date)} UTC`;
}

export function formatDateTime(value: Date | number | string, locale: Locale): string {
  return inUtc(locale, "dateTime", value);
}

/** Just the clock time, for steps of one sign-in whose day is shown elsewhere. */
export function formatTime(value: Date | number | string, locale: Locale): string {
  return inUtc(locale, "time", value);
}

/** Milliseconds under a second, else seconds with one decimal, in the language's own unit and separator. */
export function formatDuration(ms: number, locale: Locale): string {
  const seconds = ms >= 1000;
  const format = formatter(
    `${seconds ? "seconds" : "milliseconds"}:${locale}`,
    () =>
      new Intl.NumberFormat(formattingLocale(locale), {
        style: "unit",
        unit: seconds ? "second" : "millisecond",
        unitDisplay: "narrow",
        minimumFractionDigits: seconds ? 1 : 0,
        maximumFractionDigits: seconds ? 1 : 0,
      }),
  );
  return format.format(seconds ? ms / 1000 : Math.max(0, Math.round(ms)));
}
