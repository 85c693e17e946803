import { describe, expect, it } from "vitest";
import {
  allCatalogues,
  allDeviceCatalogues,
  countryList,
  countryName,
  deviceLinkLocale,
  deviceMessagesFor,
  fill,
  messagesFor,
  pickLocale,
  textLanguage,
} from "@/lib/emulator/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * A catalogue pair is complete when Lithuanian has every English text, none empty, each translated rather than
 * copied (except `sameInBoth`: brand names and pure placeholders), with the same placeholders.
 */
function describeCompleteness(
  name: string,
  en: Record<string, string>,
  lt: Record<string, string>,
  sameInBoth: string[],
) {
  describe(name, () => {
    it("has every English text in Lithuanian, none empty", () => {
      expect(Object.keys(lt).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(lt)) expect(text.trim(), key).not.toBe("");
    });

    it("translates, rather than copies, the texts that are words", () => {
      const sameAsEnglish = Object.keys(en).filter((key) => lt[key] === en[key]);
      expect(sameAsEnglish.sort()).toEqual(sameInBoth);
    });

    it("keeps the same placeholders in both languages", () => {
      for (const key of Object.keys(en)) {
        expect(placeholders(lt[key] ?? ""), key).toEqual(placeholders(en[key] ?? ""));
      }
    });
  });
}

// Brand names and the card label's pure placeholders may stay as they are.
describeCompleteness("hosted page texts", allCatalogues().en, allCatalogues().lt, [
  "smartcardCardLabel",
  "tabMobile",
  "tabSmartid",
]);
// The PIN's name and the DEMO badge read the same in both languages.
describeCompleteness("virtual app and phone texts", allDeviceCatalogues().en, allDeviceCatalogues().lt, [
  "demoBadge",
  "pinLabel",
]);

describe("the virtual app's language", () => {
  it("speaks the language of a device link's lang, English where there is no translation", () => {
    expect(deviceLinkLocale("lit")).toBe("lt");
    expect(deviceLinkLocale("eng")).toBe("en");
    expect(deviceLinkLocale("lav")).toBe("en");
    expect(deviceLinkLocale(undefined)).toBe("en");
    expect(deviceMessagesFor(deviceLinkLocale("lit")).confirm).toBe("Patvirtinti");
    expect(deviceMessagesFor("ru")).toBe(deviceMessagesFor("en"));
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

  it("shows English text for languages without a translation", () => {
    expect(messagesFor("lv")).toBe(messagesFor("en"));
    expect(textLanguage("et")).toBe("en");
    expect(messagesFor("lt").title).toBe("Prisijungimas");
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
    expect(fill(messagesFor("lv").residencyRefused, { ...values, country: "Estonia" })).toContain(
      "Your country of residence is Estonia",
    );
  });
});
