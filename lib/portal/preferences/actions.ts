"use server";

import { cookies } from "next/headers";
import { localeSchema, themeSchema } from "./choices";
import { LOCALE_COOKIE } from "./locale";
import { preferenceCookieOptions } from "./server";
import { THEME_COOKIE } from "./theme";

/**
 * The header's language switcher and theme toggle post here. Each validates its one value and stores it in its
 * cookie, nothing else; the page the person is on then renders again in the new language or colours, at the same
 * address. A value the portal does not have changes nothing and says so.
 */

export interface PreferenceState {
  refused: boolean;
}

export async function chooseLocale(_previous: PreferenceState, form: FormData): Promise<PreferenceState> {
  const locale = localeSchema.safeParse(form.get("locale"));
  if (!locale.success) return { refused: true };
  (await cookies()).set(LOCALE_COOKIE, locale.data, preferenceCookieOptions());
  return { refused: false };
}

export async function chooseTheme(_previous: PreferenceState, form: FormData): Promise<PreferenceState> {
  const theme = themeSchema.safeParse(form.get("theme"));
  if (!theme.success) return { refused: true };
  (await cookies()).set(THEME_COOKIE, theme.data, preferenceCookieOptions());
  return { refused: false };
}
