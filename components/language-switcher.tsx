"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { chooseLocale, type PreferenceState } from "@/lib/preferences/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/preferences/locale";
import { HeaderMenu, menuItem } from "./header-menu";
import { GlobeIcon } from "./icons";

const NOTHING_REFUSED: PreferenceState = { refused: false };

/** The header's language menu: each language named in itself; the choice is remembered in a cookie. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("preferences");
  const [state, action, pending] = useActionState(chooseLocale, NOTHING_REFUSED);
  return (
    <HeaderMenu
      testId="language-switcher"
      label={t("languageCurrent", { language: LOCALE_NAMES[current] })}
      summary={
        <>
          <GlobeIcon />
          <span className="uppercase">{current}</span>
        </>
      }
    >
      <form action={action}>
        <p className="px-3 pt-1 pb-2 text-xs font-semibold text-slate-600 dark:text-slate-400">{t("language")}</p>
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            disabled={pending}
            aria-current={locale === current ? "true" : undefined}
            className={menuItem}
          >
            {LOCALE_NAMES[locale]}
            {locale === current ? <span aria-hidden="true">✓</span> : null}
          </button>
        ))}
        {state.refused ? (
          <p role="alert" className="px-3 py-2 text-sm text-rose-800 dark:text-rose-300">
            {t("refused")}
          </p>
        ) : null}
      </form>
    </HeaderMenu>
  );
}
