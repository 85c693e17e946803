import { z } from "zod";
import { AUTH_METHODS, type CreateRequest } from "../engine/model";
import { ISO_3166_ALPHA_2 } from "./iso-countries";

/**
 * Parsing of `POST /api/authentication/create` (identity-gateway.md). Pure: the route handler passes the raw
 * Content-Type and body. Every encoding real integrations use is accepted — JSON; the form encoding of Dokobit's PHP
 * example; and `multipart/form-data`, which PHP's curl sends when CURLOPT_POSTFIELDS is an array — the two form
 * encodings with PHP-style arrays (`authentication_methods[]=…` or `authentication_methods[0]=…`).
 * Unknown parameters are ignored, as the PHP gateway does.
 */

export type CreateRequestParse =
  | { ok: true; request: CreateRequest }
  | { ok: false; message: string; status: 400 | 415 };

/** Far above any real create request; keeps a hostile body from being parsed at all. */
export const MAX_CREATE_BODY_BYTES = 16 * 1024;

const MAX_URL_LENGTH = 2048;

const SUPPORTED_TYPES_MESSAGE =
  "Content-Type must be application/json, application/x-www-form-urlencoded or multipart/form-data";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const httpUrlField = (message: string) =>
  z
    .string({ error: message })
    .max(MAX_URL_LENGTH, { error: message })
    .refine((value) => {
      const url = parsedUrl(value);
      return url !== undefined && (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
    }, message);

/** How forms and PHP's loose clients write a boolean; compared in lower case. */
const TRUE_WORDS = new Set(["true", "1", "on", "yes"]);
const FALSE_WORDS = new Set(["false", "0", "off", "no"]);

/** A boolean as JSON sends it, or any of the words above (any case); anything else is left for zod to refuse. */
const looseBoolean = (message: string) =>
  z.preprocess(
    (value) => {
      if (typeof value === "boolean") return value;
      if (typeof value !== "string" && typeof value !== "number") return value;
      const text = String(value).trim().toLowerCase();
      if (TRUE_WORDS.has(text)) return true;
      if (FALSE_WORDS.has(text)) return false;
      return value;
    },
    z.boolean({ error: message }),
  );

/** A list as JSON sends it; a single bare value (`authentication_methods=smartid`) counts as a list of one. */
const listOf = <T extends z.ZodType>(item: T, message: string) =>
  z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(item, { error: message }));

const countryCode = (message: string) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: message })
      .regex(/^[A-Za-z]{2}$/, { error: message })
      .transform((value) => value.toLowerCase()),
  );

const METHODS_MESSAGE = `authentication_methods must be a list of ${AUTH_METHODS.join(", ")}`;
const RESIDENCIES_MESSAGE = "supported_residencies must be a list of two-letter country codes";

/** Every residency an ISO 3166-1 alpha-2 code: a typo such as `ls` would otherwise silently admit nobody. */
const knownCountries = (codes: string[], context: z.RefinementCtx) => {
  const unknown = codes.find((code) => !ISO_3166_ALPHA_2.has(code.toUpperCase()));
  if (unknown) {
    context.addIssue({
      code: "custom",
      message: `supported_residencies: ${unknown} is not an ISO 3166-1 alpha-2 country code`,
    });
  }
};

const createRequestSchema = z
  .object({
    return_url: z.preprocess(blankToUndefined, httpUrlField("return_url must be an absolute http(s) URL").optional()),
    origin_host: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "origin_host must be a scheme and host only, e.g. https://shop.example.com" })
        .transform((value, context) => {
          const text = value.trim();
          const url = parsedUrl(text);
          const originOnly =
            url !== undefined &&
            (url.protocol === "https:" || url.protocol === "http:") &&
            url.hostname !== "" &&
            url.pathname === "/" &&
            url.username === "" &&
            url.password === "" &&
            !/[?#]/.test(text) &&
            // "https://shop.example.com" or with one trailing slash, nothing after the host.
            /^https?:\/\/[^/]+\/?$/i.test(text);
          if (!url || !originOnly) {
            context.addIssue({
              code: "custom",
              message: "origin_host must be a scheme and host only, e.g. https://shop.example.com",
            });
            return z.NEVER;
          }
          return url.origin;
        })
        .optional(),
    ),
    code: z.preprocess(
      (value) => blankToUndefined(trimmed(value)),
      z
        .string({ error: "code must be a personal code of letters, digits and hyphens (at most 32 characters)" })
        .regex(/^[0-9A-Za-z-]{1,32}$/, {
          error: "code must be a personal code of letters, digits and hyphens (at most 32 characters)",
        })
        .optional(),
    ),
    country_code: z.preprocess(
      blankToUndefined,
      countryCode("country_code must be a two-letter country code such as ee, lt or lv").optional(),
    ),
    phone: z.preprocess(
      (value) => (typeof value === "string" ? blankToUndefined(value.replace(/[\s-]/g, "")) : value),
      z
        .string({ error: "phone must be a phone number in international format, e.g. +37200000766" })
        .regex(/^\+?[0-9]{5,15}$/, {
          error: "phone must be a phone number in international format, e.g. +37200000766",
        })
        .optional(),
    ),
    authentication_methods: z.preprocess(
      blankToUndefined,
      listOf(z.enum(AUTH_METHODS, { error: METHODS_MESSAGE }), METHODS_MESSAGE)
        .refine((methods) => methods.length > 0, "authentication_methods must not be empty")
        .transform((methods) => [...new Set(methods)])
        .optional(),
    ),
    supported_residencies: z.preprocess(
      blankToUndefined,
      listOf(countryCode(RESIDENCIES_MESSAGE), RESIDENCIES_MESSAGE)
        .superRefine(knownCountries)
        .transform((codes) => [...new Set(codes)])
        .optional(),
    ),
    smartid_qr_flow: z.preprocess(
      blankToUndefined,
      looseBoolean("smartid_qr_flow must be true or false (also 1/0, on/off, yes/no)").optional(),
    ),
    app2app_url: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "app2app_url must be an https URL (http only for localhost or 127.0.0.1)" })
        .max(MAX_URL_LENGTH, { error: "app2app_url must be an https URL (http only for localhost or 127.0.0.1)" })
        .refine((value) => {
          const url = parsedUrl(value);
          if (!url || url.hostname === "") return false;
          return url.protocol === "https:" || (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname));
        }, "app2app_url must be an https URL (http only for localhost or 127.0.0.1)")
        .optional(),
    ),
  })
  .refine((fields) => fields.return_url !== undefined || fields.origin_host !== undefined, {
    error: "return_url is required (or origin_host for an embedded integration)",
  });

/** The media type without parameters, lower case: `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(contentType: string | null): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/**
 * Form fields the way PHP fills `$_POST`: `name[]=a&name[]=b` and `name[0]=a&name[1]=b` become lists (a repeated
 * index overwrites, like PHP), a plain `name=a` is a string and the last one wins.
 */
export function phpFields(pairs: Iterable<readonly [string, string]>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const lists = new Map<string, Map<string, string>>();
  let autoIndex = 0;
  for (const [key, value] of pairs) {
    const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(key);
    if (!match) {
      fields[key] = value;
      lists.delete(key);
      continue;
    }
    const [, name = "", index = ""] = match;
    let list = lists.get(name);
    if (!list) {
      list = new Map();
      lists.set(name, list);
    }
    list.set(index === "" ? `#${autoIndex++}` : index, value);
  }
  for (const [name, list] of lists) fields[name] = [...list.values()];
  return fields;
}

/** An `application/x-www-form-urlencoded` body as PHP reads it. */
export function decodePhpForm(body: string): Record<string, unknown> {
  return phpFields(new URLSearchParams(body));
}

type Decoded = { ok: true; fields: unknown } | { ok: false; message: string; status: 400 | 415 };

/**
 * A `multipart/form-data` body as PHP reads it, decoded by the platform's own parser (`Response.formData()`). Only
 * plain fields are taken: a create request has no files, so a file part is refused rather than ignored.
 */
export async function decodeMultipartForm(contentType: string, body: Uint8Array): Promise<Decoded> {
  let form: FormData;
  try {
    // A copy typed as an ArrayBuffer view, which is what Response takes as a body.
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, message: "the multipart/form-data body could not be read" };
  }
  const pairs: [string, string][] = [];
  for (const [name, value] of form) {
    if (typeof value !== "string") {
      return { ok: false, status: 400, message: `${name} is a file; the create request takes no files` };
    }
    pairs.push([name, value]);
  }
  return { ok: true, fields: phpFields(pairs) };
}

async function decodeBody(contentType: string | null, body: Uint8Array): Promise<Decoded> {
  const type = mediaTypeOf(contentType);
  if (type === "multipart/form-data") return decodeMultipartForm(contentType ?? type, body);
  const text = new TextDecoder().decode(body);
  if (type === "application/json") {
    if (text.trim() === "") return { ok: false, status: 400, message: "the request body is empty" };
    try {
      return { ok: true, fields: JSON.parse(text) };
    } catch {
      return { ok: false, status: 400, message: "the request body is not valid JSON" };
    }
  }
  if (type === "application/x-www-form-urlencoded") return { ok: true, fields: decodePhpForm(text) };
  return { ok: false, status: 415, message: SUPPORTED_TYPES_MESSAGE };
}

export async function parseCreateRequest(
  contentType: string | null,
  body: string | Uint8Array,
): Promise<CreateRequestParse> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  if (bytes.byteLength > MAX_CREATE_BODY_BYTES) {
    return { ok: false, status: 400, message: `the request body is larger than ${MAX_CREATE_BODY_BYTES} bytes` };
  }
  const decoded = await decodeBody(contentType, bytes);
  return decoded.ok ? parseCreateFields(decoded.fields) : decoded;
}

/** The decoded parameters, whatever encoding they came in, checked and turned into a CreateRequest. */
export function parseCreateFields(fields: unknown): CreateRequestParse {
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    return { ok: false, status: 400, message: "the request body must be an object of parameters" };
  }
  const parsed = createRequestSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "the request is invalid" };
  }
  const data = parsed.data;
  return {
    ok: true,
    request: {
      returnUrl: data.return_url,
      originHost: data.origin_host,
      code: data.code,
      countryCode: data.country_code,
      phone: data.phone,
      authenticationMethods: data.authentication_methods ?? [...AUTH_METHODS],
      supportedResidencies: data.supported_residencies ?? [],
      smartidQrFlow: data.smartid_qr_flow ?? true,
      app2appUrl: data.app2app_url,
    },
  };
}
