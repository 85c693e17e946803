import type { AuthMethod, EndResult } from "./model";

/**
 * The people the emulator knows: SK ID Solutions' published demo accounts (smart-id-v3.md, "Demo identities", and
 * SK's Mobile-ID demo numbers), so that anyone who has used SK's demo environment recognises them. Each account
 * always ends the same way, which is what makes the failure paths testable.
 *
 * The Smart-ID accounts that end in OK also hold an ID card, as SK's test cards carry the same people.
 */

export type DemoCountry = "EE" | "LT" | "LV" | "BE";

export interface DemoIdentity {
  /** ETSI semantics identifier, e.g. `PNOEE-40404040009`; the key every lookup and test-control call uses. */
  key: string;
  country: DemoCountry;
  /** National personal code as the gateway reports it (Latvian codes keep their hyphen). */
  nationalCode: string;
  /** Upper case, as in the certificate. */
  givenName: string;
  surname: string;
  /** Smart-ID document number: the identifier + `-MOCK-Q` (absent for Mobile-ID only accounts). */
  documentNumber?: string;
  /** Mobile-ID phone number in international format. */
  phone?: string;
  /** Methods this person can sign in with. */
  methods: AuthMethod[];
  /** How every request to this person ends. */
  endResult: EndResult;
  /** SK's own name for the outcome where it differs from the Smart-ID end result (Mobile-ID results). */
  nativeResult?: string;
  /** One line for pickers and docs. */
  description: string;
}

const TEST_NUMBER = "TESTNUMBER";
// SK's Mobile-ID demo certificates carry this name, non-ASCII letters included, to exercise encodings.
const MOBILE_ID_GIVEN_NAME = "MARY ÄNN";
const MOBILE_ID_SURNAME = "O’CONNEŽ-ŠUSLIK TESTNUMBER";

function smartIdAccount(
  country: DemoCountry,
  nationalCode: string,
  endResult: EndResult,
  description: string,
): DemoIdentity {
  const key = `PNO${country}-${nationalCode}`;
  return {
    key,
    country,
    nationalCode,
    // SK names its OK accounts "OK TESTNUMBER" and lists the others by the outcome they produce.
    givenName: endResult === "OK" ? "OK" : endResult,
    surname: TEST_NUMBER,
    documentNumber: `${key}-MOCK-Q`,
    methods: endResult === "OK" ? ["smartid", "smartcard"] : ["smartid"],
    endResult,
    description,
  };
}

function mobileIdAccount(
  country: "EE" | "LT",
  nationalCode: string,
  phone: string,
  endResult: EndResult,
  nativeResult: string,
  description: string,
): DemoIdentity {
  return {
    key: `PNO${country}-${nationalCode}`,
    country,
    nationalCode,
    givenName: MOBILE_ID_GIVEN_NAME,
    surname: MOBILE_ID_SURNAME,
    phone,
    methods: ["mobile"],
    endResult,
    nativeResult,
    description,
  };
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  smartIdAccount("EE", "40404040009", "OK", "Estonian adult, qualified Smart-ID; approves"),
  smartIdAccount("LT", "40404040009", "OK", "Lithuanian adult, qualified Smart-ID; approves"),
  smartIdAccount("LV", "040404-10003", "OK", "Latvian adult, qualified Smart-ID; approves"),
  smartIdAccount("BE", "04040400287", "OK", "Belgian adult, qualified Smart-ID; approves"),
  smartIdAccount("EE", "30403039917", "USER_REFUSED", "refuses the request in the Smart-ID app"),
  smartIdAccount(
    "EE",
    "30403039928",
    "USER_REFUSED_INTERACTION",
    "cancels at the PIN prompt (displayTextAndPIN) in the Smart-ID app",
  ),
  smartIdAccount("EE", "30403039972", "WRONG_VC", "picks the wrong verification code"),
  smartIdAccount("EE", "30403039983", "TIMEOUT", "never answers; the request times out"),
  mobileIdAccount("EE", "60001019906", "+37200000766", "OK", "OK", "Estonian Mobile-ID; approves"),
  mobileIdAccount("LT", "50001018865", "+37060000666", "OK", "OK", "Lithuanian Mobile-ID; approves"),
  mobileIdAccount(
    "EE",
    "60001019950",
    "+37201100266",
    "USER_REFUSED",
    "USER_CANCELLED",
    "cancels the Mobile-ID request on the phone",
  ),
  mobileIdAccount(
    "EE",
    "50001018908",
    "+37266000266",
    "TIMEOUT",
    "TIMEOUT",
    "never answers the Mobile-ID request; it times out",
  ),
  mobileIdAccount(
    "EE",
    "60001019939",
    "+37200000266",
    "DOCUMENT_UNUSABLE",
    "NOT_MID_CLIENT",
    "has no active Mobile-ID certificates",
  ),
];

const byKey = new Map(DEMO_IDENTITIES.map((identity) => [identity.key, identity]));

export function findIdentity(key: string): DemoIdentity | undefined {
  return byKey.get(key);
}

/** Country as on a form (any case) and the national code, e.g. `ee` + `40404040009`. */
export function findIdentityByCountryAndCode(
  country: string,
  nationalCode: string,
  method?: AuthMethod,
): DemoIdentity | undefined {
  const upper = country.toUpperCase();
  const code = nationalCode.trim();
  return DEMO_IDENTITIES.find(
    (identity) =>
      identity.country === upper &&
      identity.nationalCode === code &&
      (method === undefined || identity.methods.includes(method)),
  );
}

/** Mobile-ID lookup; spaces and dashes are ignored, and a number without `+` is read as international. */
export function findIdentityByPhone(phone: string): DemoIdentity | undefined {
  const digits = phone.replace(/[\s-]/g, "");
  const normalised = digits.startsWith("+") ? digits : `+${digits}`;
  return DEMO_IDENTITIES.find((identity) => identity.phone === normalised);
}

export function identitiesFor(method: AuthMethod): DemoIdentity[] {
  return DEMO_IDENTITIES.filter((identity) => identity.methods.includes(method));
}
