"use client";

import { useTranslations } from "next-intl";
import { chooseLocale } from "@/lib/portal/preferences/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/portal/preferences/locale";
import { ChoiceMenu } from "./choice-menu";
import { GlobeIcon } from "./icons";

/** The header's language menu: each language named in itself; the choice is remembered in a cookie. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("preferences");
  return (
    <ChoiceMenu
      testId="language-switcher"
      label={t("languageCurrent", { language: LOCALE_NAMES[current] })}
      summary={
        <>
          <GlobeIcon />
          {/* On a phone the globe alone leaves room for the portal's name. */}
          <span className="uppercase max-sm:hidden">{current}</span>
        </>
      }
      heading={t("language")}
      name="locale"
      choices={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }))}
      current={current}
      action={chooseLocale}
      refusedText={t("refused")}
    />
  );
}
