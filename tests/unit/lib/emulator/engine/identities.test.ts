import { describe, expect, it } from "vitest";
import {
  DEMO_IDENTITIES,
  findIdentity,
  findIdentityByCountryAndCode,
  findIdentityByPhone,
  identitiesFor,
} from "@/lib/emulator/engine/identities";

describe("demo identities", () => {
  it("holds SK's OK accounts for EE, LT, LV and BE with -MOCK-Q document numbers", () => {
    for (const key of ["PNOEE-40404040009", "PNOLT-40404040009", "PNOLV-040404-10003", "PNOBE-04040400287"]) {
      const identity = findIdentity(key);
      expect(identity).toMatchObject({ givenName: "OK", surname: "TESTNUMBER", endResult: "OK" });
      expect(identity?.documentNumber).toBe(`${key}-MOCK-Q`);
      expect(identity?.methods).toEqual(["smartid", "smartcard"]);
    }
  });

  it("holds the refusal and time-out accounts", () => {
    expect(findIdentity("PNOEE-30403039917")?.endResult).toBe("USER_REFUSED");
    expect(findIdentity("PNOEE-30403039983")?.endResult).toBe("TIMEOUT");
  });

  it("has unique keys that match country and code", () => {
    expect(new Set(DEMO_IDENTITIES.map((identity) => identity.key)).size).toBe(DEMO_IDENTITIES.length);
    for (const identity of DEMO_IDENTITIES)
      expect(identity.key).toBe(`PNO${identity.country}-${identity.nationalCode}`);
  });

  it("finds people by country and code (any case), optionally for one method", () => {
    expect(findIdentityByCountryAndCode("lv", "040404-10003")?.key).toBe("PNOLV-040404-10003");
    expect(findIdentityByCountryAndCode("EE", "60001019906", "smartid")).toBeUndefined();
    expect(findIdentityByCountryAndCode("EE", "60001019906", "mobile")?.phone).toBe("+37200000766");
    expect(findIdentityByCountryAndCode("FI", "40404040009")).toBeUndefined();
  });

  it("finds Mobile-ID users by phone", () => {
    expect(findIdentityByPhone("+372 0000 0766")?.key).toBe("PNOEE-60001019906");
    expect(findIdentityByPhone("37060000666")?.key).toBe("PNOLT-50001018865");
    expect(findIdentityByPhone("+37299999999")).toBeUndefined();
  });

  it("lists who can use each method", () => {
    expect(identitiesFor("mobile").every((identity) => identity.phone)).toBe(true);
    expect(identitiesFor("smartcard").map((identity) => identity.country)).toEqual(["EE", "LT", "LV", "BE"]);
  });
});
