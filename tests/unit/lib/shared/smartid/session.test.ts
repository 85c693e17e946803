import { describe, expect, it } from "vitest";
import {
  createRpChallenge,
  createSessionSecret,
  createSessionToken,
  encodeInteractions,
  isSmartIdLang,
  smartIdLang,
  verificationCode,
} from "@/lib/shared/smartid";
import { INTERACTIONS, RP_CHALLENGE, singleCharMutations } from "./vectors";

const decodedLength = (b64: string) => Buffer.from(b64, "base64").length;

describe("verificationCode", () => {
  it("reproduces the official vector 7180", () => {
    expect(verificationCode(RP_CHALLENGE)).toBe("7180");
  });

  it("is always 4 digits", () => {
    for (let i = 0; i < 50; i++) expect(verificationCode(createRpChallenge())).toMatch(/^\d{4}$/);
  });

  it("refuses an rpChallenge that is not base64", () => {
    expect(() => verificationCode("not base64!")).toThrow();
  });
});

describe("session generators", () => {
  it("createSessionSecret: base64 of 32 random bytes, fresh each time", () => {
    const values = Array.from({ length: 20 }, createSessionSecret);
    for (const value of values) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(decodedLength(value)).toBe(32);
    }
    expect(new Set(values).size).toBe(values.length);
  });

  it("createRpChallenge: base64 of 64 random bytes, fresh each time", () => {
    const values = Array.from({ length: 20 }, createRpChallenge);
    for (const value of values) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{86}==$/);
      expect(decodedLength(value)).toBe(64);
    }
    expect(new Set(values).size).toBe(values.length);
  });

  it("createSessionToken: 32 alphanumerics, fresh each time, using the whole alphabet", () => {
    const values = Array.from({ length: 200 }, createSessionToken);
    for (const value of values) expect(value).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values.join("")).size).toBe(62);
  });
});

describe("encodeInteractions", () => {
  it("reproduces the interactions string of the official vector", () => {
    expect(
      encodeInteractions([
        { type: "confirmationMessage", displayText200: "Longer description of the transaction context" },
        { type: "displayTextAndPIN", displayText60: "Short description of the transaction context" },
      ]),
    ).toBe(INTERACTIONS);
  });

  it("encodes non-ASCII text as UTF-8", () => {
    const encoded = encodeInteractions([{ type: "displayTextAndPIN", displayText60: "Prisijungti prie Šiaulių" }]);
    expect(JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))).toEqual([
      { type: "displayTextAndPIN", displayText60: "Prisijungti prie Šiaulių" },
    ]);
  });

  it("refuses an empty list and texts over their limit", () => {
    expect(() => encodeInteractions([])).toThrow(RangeError);
    expect(() => encodeInteractions([{ type: "displayTextAndPIN", displayText60: "x".repeat(61) }])).toThrow(/1–60/);
    expect(() => encodeInteractions([{ type: "confirmationMessage", displayText200: "x".repeat(201) }])).toThrow(
      /1–200/,
    );
    expect(encodeInteractions([{ type: "displayTextAndPIN", displayText60: "x".repeat(60) }])).toBeTypeOf("string");
  });

  it("every single-character change of the rpChallenge changes the verification code or is refused", () => {
    // 4 digits collide by chance (1 in 10000 per change); the vector's 88 changes are checked to differ.
    for (const challenge of singleCharMutations(RP_CHALLENGE)) {
      let code: string | undefined;
      try {
        code = verificationCode(challenge);
      } catch {
        continue;
      }
      expect(code).not.toBe("7180");
    }
  });
});

describe("smartIdLang", () => {
  it.each([
    ["en", "eng"],
    ["lt", "lit"],
    ["lv", "lav"],
    ["et", "est"],
    ["ru", "rus"],
    ["lt-LT", "lit"],
    ["RU", "rus"],
    ["de", "eng"],
    [undefined, "eng"],
    ["constructor", "eng"],
  ])("%s → %s", (locale, lang) => {
    expect(smartIdLang(locale)).toBe(lang);
    expect(isSmartIdLang(lang)).toBe(true);
  });

  it("isSmartIdLang refuses other codes", () => {
    expect(isSmartIdLang("en")).toBe(false);
    expect(isSmartIdLang("deu")).toBe(false);
  });
});
