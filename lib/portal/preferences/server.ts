import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "../../shared/env";
import { withHostedPageOptions } from "../gateway/hosted-page";
import { pickLocale, pickTheme, presenterMode } from "./choices";
import { LOCALE_COOKIE, type Locale } from "./locale";
import { PRESENTER_COOKIE, type PresenterMode } from "./presenter";
import { THEME_COOKIE, type Theme } from "./theme";

/** The visitor's preferences as this request carries them, for pages, layouts and route handlers. */

export async function requestLocale(): Promise<Locale> {
  const [jar, sent] = await Promise.all([cookies(), headers()]);
  return pickLocale(jar.get(LOCALE_COOKIE)?.value, sent.get("accept-language"));
}

export async function requestTheme(): Promise<Theme> {
  return pickTheme((await cookies()).get(THEME_COOKIE)?.value);
}

/** For a page: its `?present=` wins over the cookie. */
export async function requestPresenterMode(query?: string | string[]): Promise<PresenterMode> {
  return presenterMode(query, (await cookies()).get(PRESENTER_COOKIE)?.value);
}

/** How the portal stores a remembered choice: a year, this site only, sent on top-level navigations from elsewhere. */
export function preferenceCookieOptions() {
  return {
    path: "/",
    sameSite: "lax" as const,
    httpOnly: true,
    secure: new URL(env().appUrl).protocol === "https:",
    maxAge: 365 * 24 * 60 * 60,
  };
}

/** The gateway's page for this visitor: in their language, and in presenter mode when they are in it. */
export async function hostedPageForVisitor(gatewayUrl: string): Promise<string> {
  const [locale, presenter] = await Promise.all([requestLocale(), requestPresenterMode()]);
  return withHostedPageOptions(gatewayUrl, { locale, present: presenter.on }, env().gatewayKind);
}
