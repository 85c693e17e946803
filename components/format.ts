/** Dates in one fixed, unambiguous form; the server renders them, so UTC avoids guessing the reader's zone. */
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const timeOnly = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone: "UTC" });

function inUtc(format: Intl.DateTimeFormat, value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${format.format(date)} UTC`;
}

export function formatDateTime(value: Date | number | string): string {
  return inUtc(dateTime, value);
}

/** Just the clock time, for steps of one sign-in whose day is shown elsewhere. */
export function formatTime(value: Date | number | string): string {
  return inUtc(timeOnly, value);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
