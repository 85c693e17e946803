import { describe, expect, it } from "vitest";
import { withHostedPageOptions } from "@/lib/portal/gateway/hosted-page";

const PAGE = `https://id-sandbox.dokobit.com/auth/${"a".repeat(64)}`;

describe("the hosted page's address for the person sent there", () => {
  it("carries the portal's language as _locale, for any gateway", () => {
    expect(withHostedPageOptions(PAGE, { locale: "lt", present: false }, "sandbox")).toBe(`${PAGE}?_locale=lt`);
    expect(withHostedPageOptions(PAGE, { locale: "en", present: false }, "production")).toBe(`${PAGE}?_locale=en`);
  });

  it("asks for presenter mode only from the embedded emulator", () => {
    const emulator = `http://127.0.0.1:3000/emulator/auth/${"b".repeat(64)}`;
    expect(withHostedPageOptions(emulator, { locale: "ru", present: true }, "emulator")).toBe(
      `${emulator}?_locale=ru&present=1`,
    );
    for (const kind of ["sandbox", "production", "custom"] as const) {
      expect(withHostedPageOptions(PAGE, { locale: "ru", present: true }, kind), kind).toBe(`${PAGE}?_locale=ru`);
    }
  });

  it("keeps a query the gateway's url already has, and never repeats _locale", () => {
    expect(withHostedPageOptions(`${PAGE}?x=1&_locale=en`, { locale: "et", present: false }, "custom")).toBe(
      `${PAGE}?x=1&_locale=et`,
    );
  });
});
