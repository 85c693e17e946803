import type { Locale } from "../preferences/locale";
import type en from "./messages/en.json";

/** The portal's texts, one JSON catalogue per language; English is the reference every other must match. */
export type PortalMessages = typeof en;

const loaders: Record<Locale, () => Promise<{ default: PortalMessages }>> = {
  en: () => import("./messages/en.json"),
  lt: () => import("./messages/lt.json"),
  lv: () => import("./messages/lv.json"),
  et: () => import("./messages/et.json"),
  ru: () => import("./messages/ru.json"),
};

export async function catalogue(locale: Locale): Promise<PortalMessages> {
  return (await loaders[locale]()).default;
}

/** The parts of a catalogue that client components use: only these travel to the browser. */
export const CLIENT_NAMESPACES = ["signInForm", "countdown", "preferences", "presenter", "explain"] as const;

export function clientMessages(messages: PortalMessages): Pick<PortalMessages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]])) as Pick<
    PortalMessages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
