/** Device links carry the app language as ISO 639-2 (smart-id-v3.md, "Device links"); the UI uses ISO 639-1. */
export const SMART_ID_LANGS = { en: "eng", lt: "lit", lv: "lav", et: "est", ru: "rus" } as const;

export type UiLocale = keyof typeof SMART_ID_LANGS;
export type SmartIdLang = (typeof SMART_ID_LANGS)[UiLocale];

/** Maps a UI locale ("lt", "lt-LT", "LV") to the Smart-ID lang; anything unknown falls back to English. */
export function smartIdLang(locale: string | undefined): SmartIdLang {
  const primary = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return Object.hasOwn(SMART_ID_LANGS, primary) ? SMART_ID_LANGS[primary as UiLocale] : "eng";
}

export function isSmartIdLang(value: string): value is SmartIdLang {
  return (Object.values(SMART_ID_LANGS) as string[]).includes(value);
}
