import type { Locale } from "../preferences/locale";
import type { PortalMessages } from "./catalogues";

// Typed keys: a `t("…")` naming a text the English catalogue lacks fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: PortalMessages;
  }
}
