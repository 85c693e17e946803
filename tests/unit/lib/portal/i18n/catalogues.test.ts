import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { FLOWS } from "@/lib/portal/auth/flows";
import { quotesGateway, SIGN_IN_FAILURE_REASONS } from "@/lib/portal/auth/reasons";
import { AUTHENTICATION_METHODS } from "@/lib/portal/gateway/schemas";
import { CLIENT_NAMESPACES, catalogue, clientMessages, type PortalMessages } from "@/lib/portal/i18n/catalogues";
import { LOCALES } from "@/lib/portal/preferences/locale";

/** Every text of a catalogue by its dotted key, e.g. `reasons.cancelled.title`. */
function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
    flat.set(prefix, tree);
    return flat;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [path, text] of flatten(value, prefix ? `${prefix}.${key}` : key)) flat.set(path, text);
  }
  return flat;
}

/** The ICU arguments and rich-text tags a text uses (quoted `'{…}'` literals excluded). */
function slots(text: string): string[] {
  const unquoted = text.replace(/'[^']*'/g, "");
  const args = [...unquoted.matchAll(/\{\s*(\w+)/g)].map((match) => `{${match[1]}}`);
  const tags = [...unquoted.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const catalogues = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await catalogue(locale)] as const)),
) as Record<(typeof LOCALES)[number], PortalMessages>;
const english = flatten(catalogues.en);

// Brand names read the same in every language.
const SAME_IN_EVERY_LANGUAGE = ["header.brand", "methods.mobile", "methods.smartid"];

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s catalogue", (locale) => {
  const texts = flatten(catalogues[locale]);

  it("has every key of English, and no other", () => {
    const missing = [...english.keys()].filter((key) => !texts.has(key));
    const extra = [...texts.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("has text for every key, translated rather than copied from English", () => {
    for (const [key, text] of texts) {
      expect(typeof text, key).toBe("string");
      expect(String(text).trim(), key).not.toBe("");
    }
    const copied = [...texts.keys()].filter((key) => texts.get(key) === english.get(key));
    expect(copied.sort()).toEqual(SAME_IN_EVERY_LANGUAGE);
  });

  it("uses the same placeholders and tags as English in each text", () => {
    for (const [key, text] of english) expect(slots(String(texts.get(key) ?? "")), key).toEqual(slots(String(text)));
  });
});

describe.each(LOCALES)("every text of the %s catalogue", (locale) => {
  it("is valid ICU and formats with its placeholders filled in", () => {
    const t = createTranslator({
      locale,
      messages: catalogues[locale],
      onError: (error) => {
        throw error;
      },
    });
    for (const [key, text] of flatten(catalogues[locale])) {
      const values = Object.fromEntries(
        slots(String(text)).map((slot) =>
          slot.startsWith("<") ? [slot.slice(1, -1), (chunks: string) => chunks] : [slot.slice(1, -1), "x"],
        ),
      );
      // biome-ignore lint/suspicious/noExplicitAny: every key of the catalogue, checked at run time
      expect(() => t.markup(key as any, values), key).not.toThrow();
    }
  });
});

describe("the English catalogue covers what the portal names", () => {
  const en = catalogues.en;

  it("has a title and a text for every failure reason, and a quote label exactly for those that quote", () => {
    expect(Object.keys(en.reasons).sort()).toEqual([...SIGN_IN_FAILURE_REASONS].sort());
    for (const reason of SIGN_IN_FAILURE_REASONS) {
      const words: Record<string, string> = en.reasons[reason];
      expect(Object.keys(words).sort(), reason).toEqual(
        quotesGateway(reason) ? ["quoteLabel", "text", "title"] : ["text", "title"],
      );
    }
  });

  it("names every flow and method, and explains every flow at both steps", () => {
    expect(Object.keys(en.flows).sort()).toEqual([...FLOWS].sort());
    expect(Object.keys(en.methods).sort()).toEqual([...AUTHENTICATION_METHODS].sort());
    expect(Object.keys(en.explain.signIn).sort()).toEqual([...FLOWS].sort());
    expect(Object.keys(en.explain.redirect).sort()).toEqual([...FLOWS].sort());
    for (const flow of FLOWS) expect(en.tour[flow].when).not.toBe("");
  });

  it("sends client components only the parts they use", () => {
    expect(Object.keys(clientMessages(en)).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(clientMessages(en)).not.toHaveProperty("reasons");
  });
});
