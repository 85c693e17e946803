/**
 * The portal's colour theme: `system` follows the device's light or dark setting (`prefers-color-scheme`), the
 * others fix it. The server renders the choice as `data-theme` on the portal's outermost element, so the first
 * paint already has the right colours and no script runs to pick them (app/globals.css defines the `dark` variant).
 */

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = "system";

export const THEME_COOKIE = "portal.theme";
