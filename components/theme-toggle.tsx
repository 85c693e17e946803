"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { chooseTheme, type PreferenceState } from "@/lib/preferences/actions";
import { THEMES, type Theme } from "@/lib/preferences/theme";
import { HeaderMenu, menuItem } from "./header-menu";
import { MonitorIcon, MoonIcon, SunIcon } from "./icons";

const ICONS: Record<Theme, () => React.JSX.Element> = { system: MonitorIcon, light: SunIcon, dark: MoonIcon };
const NOTHING_REFUSED: PreferenceState = { refused: false };

/** System, light or dark; remembered in a cookie and rendered by the server, so a page never flashes the wrong one. */
export function ThemeToggle({ current }: { current: Theme }) {
  const t = useTranslations("preferences");
  const [state, action, pending] = useActionState(chooseTheme, NOTHING_REFUSED);
  const Current = ICONS[current];
  return (
    <HeaderMenu testId="theme-toggle" label={t("themeCurrent", { theme: t(current) })} summary={<Current />}>
      <form action={action}>
        <p className="px-3 pt-1 pb-2 text-xs font-semibold text-slate-600 dark:text-slate-400">{t("theme")}</p>
        {THEMES.map((theme) => {
          const Icon = ICONS[theme];
          return (
            <button
              key={theme}
              type="submit"
              name="theme"
              value={theme}
              disabled={pending}
              aria-current={theme === current ? "true" : undefined}
              className={menuItem}
            >
              <span className="flex items-center gap-2">
                <Icon />
                {t(theme)}
              </span>
              {theme === current ? <span aria-hidden="true">✓</span> : null}
            </button>
          );
        })}
        {state.refused ? (
          <p role="alert" className="px-3 py-2 text-sm text-rose-800 dark:text-rose-300">
            {t("refused")}
          </p>
        ) : null}
      </form>
    </HeaderMenu>
  );
}
