import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "../preferences/server";
import { catalogue } from "./catalogues";

/**
 * next-intl's per-request configuration, without i18n routing: no locale in any URL (every portal address stays as
 * it is), the language coming from the visitor's cookie or their browser's Accept-Language instead. Times are
 * shown in UTC, named as such, since the server cannot know the reader's zone.
 */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await catalogue(locale), timeZone: "UTC" };
});
