"use client";

import { useTranslations } from "next-intl";
import type { JSX } from "react";
import { chooseTheme } from "@/lib/portal/preferences/actions";
import { THEMES, type Theme } from "@/lib/portal/preferences/theme";
import { ChoiceMenu } from "./choice-menu";
import { MonitorIcon, MoonIcon, SunIcon } from "./icons";

const ICONS: Record<Theme, () => JSX.Element> = { system: MonitorIcon, light: SunIcon, dark: MoonIcon };

/** System, light or dark; remembered in a cookie and rendered by the server, so a page never flashes the wrong one. */
export function ThemeToggle({ current }: { current: Theme }) {
  const t = useTranslations("preferences");
  const Current = ICONS[current];
  return (
    <ChoiceMenu
      testId="theme-toggle"
      label={t("themeCurrent", { theme: t(current) })}
      summary={<Current />}
      heading={t("theme")}
      name="theme"
      choices={THEMES.map((theme) => {
        const Icon = ICONS[theme];
        return {
          value: theme,
          label: (
            <span className="flex items-center gap-2">
              <Icon />
              {t(theme)}
            </span>
          ),
        };
      })}
      current={current}
      action={chooseTheme}
      refusedText={t("refused")}
    />
  );
}
