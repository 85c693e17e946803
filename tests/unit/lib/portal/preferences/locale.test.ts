import { describe, expect, it } from "vitest";
import { localeSchema, negotiateLocale, pickLocale } from "@/lib/portal/preferences/choices";
import { formattingLocale } from "@/lib/portal/preferences/locale";

describe("the language from Accept-Language", () => {
  it("takes the best of the portal's languages, by quality", () => {
    expect(negotiateLocale("lt-LT,lt;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("lt");
    expect(negotiateLocale("de-DE,de;q=0.9,ru;q=0.5,en;q=0.3")).toBe("ru");
    expect(negotiateLocale("en;q=0.4, lv;q=0.8")).toBe("lv");
    expect(negotiateLocale("ET")).toBe("et");
  });

  it("keeps the browser's order between languages of equal quality", () => {
    expect(negotiateLocale("ru, lt")).toBe("ru");
    expect(negotiateLocale("fr;q=0.5, lt;q=0.5, ru;q=0.5")).toBe("lt");
  });

  it("never picks a language the browser refuses with q=0", () => {
    expect(negotiateLocale("lt;q=0, lv")).toBe("lv");
    expect(negotiateLocale("lt;q=0")).toBe("en");
  });

  it("speaks English when nothing matches, or the header is missing, a wildcard, or nonsense", () => {
    expect(negotiateLocale("de, fr;q=0.9")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("*")).toBe("en");
    expect(negotiateLocale(";;;,,q=abc")).toBe("en");
    expect(negotiateLocale(`lt;q=banana, ${"x".repeat(600)}`)).toBe("en");
  });

  it("matches whole primary tags only (Lithuanian is not 'lit', Estonian not 'ee')", () => {
    expect(negotiateLocale("lit, ee, lav")).toBe("en");
  });
});

describe("the remembered choice", () => {
  it("wins over Accept-Language when it is one of the portal's languages", () => {
    expect(pickLocale("lv", "lt,en")).toBe("lv");
    expect(pickLocale(undefined, "lt,en")).toBe("lt");
  });

  it("is ignored when it holds anything else, and the browser's language counts", () => {
    for (const tampered of ["de", "LT", "lt-LT", "", "lt; Path=/", "../en"]) {
      expect(pickLocale(tampered, "ru"), tampered).toBe("ru");
    }
  });

  it("is validated as one of the five languages", () => {
    expect(localeSchema.safeParse("et").success).toBe(true);
    expect(localeSchema.safeParse("fi").success).toBe(false);
    expect(localeSchema.safeParse(["lt"]).success).toBe(false);
    expect(localeSchema.safeParse(null).success).toBe(false);
  });
});

describe("formatting", () => {
  it("writes English dates the European way; the others as they are", () => {
    expect(formattingLocale("en")).toBe("en-GB");
    expect(formattingLocale("lt")).toBe("lt");
  });
});
