import { describe, expect, it } from "vitest";
import {
  allCatalogues,
  allDeviceCatalogues,
  countryList,
  countryName,
  deviceLinkLocale,
  deviceMessagesFor,
  fill,
  GATEWAY_LOCALES,
  messagesFor,
  pickLocale,
} from "@/lib/emulator/i18n";
import { smartIdLang } from "@/lib/shared/smartid/lang";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * A catalogue is complete when it has every English text, none empty, each translated rather than copied (except
 * `sameAsEnglish`: brand names and pure placeholders), with the same placeholders.
 */
function describeCompleteness(
  name: string,
  en: Record<string, string>,
  other: Record<string, string>,
  sameAsEnglish: string[],
) {
  describe(name, () => {
    it("has every English text, none empty, and nothing else", () => {
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(other)) expect(text.trim(), key).not.toBe("");
    });

    it("translates, rather than copies, the texts that are words", () => {
      const copied = Object.keys(en).filter((key) => other[key] === en[key]);
      expect(copied.sort()).toEqual(sameAsEnglish);
    });

    it("keeps the same placeholders as English", () => {
      for (const key of Object.keys(en)) {
        expect(placeholders(other[key] ?? ""), key).toEqual(placeholders(en[key] ?? ""));
      }
    });
  });
}

for (const locale of GATEWAY_LOCALES.filter((code) => code !== "en")) {
  // Brand names and the card label's pure placeholders may stay as they are.
  describeCompleteness(`hosted page texts (${locale})`, allCatalogues().en, allCatalogues()[locale], [
    "smartcardCardLabel",
    "tabMobile",
    "tabSmartid",
  ]);
  // The PIN's name and the DEMO badge read the same in every language.
  describeCompleteness(
    `virtual app and phone texts (${locale})`,
    allDeviceCatalogues().en,
    allDeviceCatalogues()[locale],
    ["demoBadge", "pinLabel"],
  );
}

describe("the virtual app's language", () => {
  it("speaks the language a device link's lang names, English for anything else", () => {
    expect(deviceLinkLocale("lit")).toBe("lt");
    expect(deviceLinkLocale("lav")).toBe("lv");
    expect(deviceLinkLocale("est")).toBe("et");
    expect(deviceLinkLocale("rus")).toBe("ru");
    expect(deviceLinkLocale("eng")).toBe("en");
    expect(deviceLinkLocale("deu")).toBe("en");
    expect(deviceLinkLocale(undefined)).toBe("en");
    expect(deviceMessagesFor(deviceLinkLocale("lit")).confirm).toBe("Patvirtinti");
    expect(deviceMessagesFor(deviceLinkLocale("lav")).confirm).toBe("Apstiprināt");
    expect(deviceMessagesFor(deviceLinkLocale("est")).confirm).toBe("Kinnita");
    expect(deviceMessagesFor(deviceLinkLocale("rus")).confirm).toBe("Подтвердить");
  });

  it("links back and forth with the device link's lang for every language", () => {
    for (const locale of GATEWAY_LOCALES) expect(deviceLinkLocale(smartIdLang(locale))).toBe(locale);
  });
});

describe("pickLocale", () => {
  it("accepts the gateway's languages and falls back to English", () => {
    expect(pickLocale("lt")).toBe("lt");
    expect(pickLocale("ru")).toBe("ru");
    expect(pickLocale("de")).toBe("en");
    expect(pickLocale(undefined)).toBe("en");
    expect(pickLocale(["lv", "lt"])).toBe("lv");
  });

  it("has its own texts for each of them", () => {
    expect(messagesFor("lt").title).toBe("Prisijungimas");
    expect(messagesFor("lv").title).toBe("Pieteikšanās");
    expect(messagesFor("et").title).toBe("Sisselogimine");
    expect(messagesFor("ru").title).toBe("Вход");
  });
});

describe("fill", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("{rp} asks {who}", { rp: "Demo" })).toBe("Demo asks {who}");
  });
});

describe("country names", () => {
  it("names countries and lists the alternatives in the page's language", () => {
    expect(countryName("EE", "en")).toBe("Estonia");
    expect(countryName("ee", "lt")).toBe("Estija");
    expect(countryList(["LT", "LV"], "en")).toBe("Lithuania or Latvia");
    expect(countryList(["LV"], "lt")).toBe("Latvija");
  });

  it("reads the residency refusal in both languages with the names filled in", () => {
    const values = { rp: "Demo", countries: countryList(["LT", "LV"], "lt"), country: countryName("EE", "lt") };
    expect(fill(messagesFor("lt").residencyRefused, values)).toBe(
      "Demo priima tik asmenis, kurių gyvenamoji šalis yra Lietuva ar Latvija. Jūsų gyvenamoji šalis – Estija, todėl čia prisijungti negalite.",
    );
    expect(fill(messagesFor("ru").residencyRefused, { ...values, country: countryName("EE", "ru") })).toContain(
      "Ваша страна проживания — Эстония",
    );
  });
});
