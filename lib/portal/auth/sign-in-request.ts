import { z } from "zod";
import { AUTHENTICATION_METHODS, type AuthenticationMethod, type CreateAuthenticationParams } from "../gateway/schemas";
import { formatter } from "../i18n/formatters";
import { formattingLocale, type Locale } from "../preferences/locale";
import { sanitizeCallbackUrl } from "./callback-url";
import { defaultFlowFor, type Flow, flowParameters, flowSchema } from "./flows";
import { returnUrl } from "./paths";

/**
 * What a person chose on /sign-in: the flow, an optional method restriction and prefill, and where to land. The
 * same shape lives in the page's URL (so a demo can be bookmarked) and in the form posted to /api/gateway/start.
 */

export const COUNTRIES = ["ee", "lt", "lv", "be"] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * A country's name in the reader's language (`Intl.DisplayNames`), from its code in either case (the gateway
 * answers "EE", the form uses "ee"); undefined for anything that is not a known ISO 3166-1 alpha-2 region.
 */
export function countryName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  return formatter(
    `regions:${locale}`,
    () => new Intl.DisplayNames([formattingLocale(locale)], { type: "region", fallback: "none" }),
  ).of(code.toUpperCase());
}

/** Whether the portal has a name for this method; one it does not know (the gateway may add some) is shown as written. */
export function isKnownMethod(method: string): method is AuthenticationMethod {
  return (AUTHENTICATION_METHODS as readonly string[]).includes(method);
}

export interface SignInChoices {
  flow: Flow;
  /** Undefined: the gateway offers every method. */
  methods: AuthenticationMethod[] | undefined;
  country: Country | undefined;
  code: string | undefined;
  phone: string | undefined;
  /** Always a same-origin path (see sanitizeCallbackUrl). */
  callbackUrl: string;
}

const optionalText = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const methodsSchema = z.preprocess((value) => {
  const items = (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === "string")
    .flatMap((item) => item.split(","))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length === 0 ? undefined : [...new Set(items)];
}, z.array(z.enum(AUTHENTICATION_METHODS, { error: "methods must be smartid, mobile or smartcard" })).optional());

/** Field by field, so that one bad value is reported by name and the others still count. */
export const signInFieldSchemas = {
  flow: flowSchema.optional(),
  methods: methodsSchema,
  country: optionalText(z.string().trim().toLowerCase()).pipe(z.enum(COUNTRIES).optional()),
  code: optionalText(
    z
      .string()
      .trim()
      .regex(/^[0-9]{11}$|^[0-9]{6}-[0-9]{5}$/, {
        error: "personal code must be 11 digits (Latvia: 6 digits-5 digits)",
      }),
  ),
  phone: optionalText(
    z
      .string()
      .trim()
      .regex(/^\+[0-9]{7,15}$/, { error: "phone must be in international form, e.g. +37200000766" }),
  ),
};

type FieldName = keyof typeof signInFieldSchemas;
export type SignInField = FieldName;

export type RawSignInInput = Record<string, string | string[] | undefined>;

/** Reads a URL query or a posted form into the choices; invalid fields are dropped and named in `invalid`. */
export function parseSignInChoices(
  raw: RawSignInInput,
  context: { userAgent: string | null | undefined; appUrl: string },
): { choices: SignInChoices; invalid: FieldName[]; flowFromInput: boolean } {
  const invalid: FieldName[] = [];
  function field<K extends FieldName>(name: K): z.output<(typeof signInFieldSchemas)[K]> | undefined {
    const value = name === "methods" ? raw[name] : first(raw[name]);
    const parsed = signInFieldSchemas[name].safeParse(value);
    if (parsed.success) return parsed.data as z.output<(typeof signInFieldSchemas)[K]>;
    invalid.push(name);
    return undefined;
  }
  const flow = field("flow");
  const choices: SignInChoices = {
    flow: flow ?? defaultFlowFor(context.userAgent),
    methods: field("methods"),
    country: field("country"),
    code: field("code"),
    phone: field("phone"),
    callbackUrl: sanitizeCallbackUrl(first(raw.callbackUrl), context.appUrl),
  };
  return { choices, invalid, flowFromInput: flow !== undefined };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The create request for these choices. */
export function createParamsFor(choices: SignInChoices, appUrl: string): CreateAuthenticationParams {
  return {
    returnUrl: returnUrl(appUrl),
    ...flowParameters(choices.flow, appUrl),
    ...(choices.methods ? { authenticationMethods: choices.methods } : {}),
    ...(choices.country ? { countryCode: choices.country } : {}),
    ...(choices.code ? { code: choices.code } : {}),
    ...(choices.phone ? { phone: choices.phone } : {}),
  };
}
