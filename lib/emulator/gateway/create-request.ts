import { z } from "zod";
import { AUTH_METHODS, type CreateRequest } from "../engine/model";

/**
 * Parsing of `POST /api/authentication/create` (identity-gateway.md). Pure: the route handler passes the raw
 * Content-Type and body text. Both encodings real integrations use are accepted — JSON, and the form encoding of
 * Dokobit's PHP example with PHP-style arrays (`authentication_methods[]=…` or `authentication_methods[0]=…`).
 * Unknown parameters are ignored, as the PHP gateway does.
 */

export type CreateRequestParse =
  | { ok: true; request: CreateRequest }
  | { ok: false; message: string; status: 400 | 415 };

/** Far above any real create request; keeps a hostile body from being parsed at all. */
export const MAX_CREATE_BODY_BYTES = 16 * 1024;

const MAX_URL_LENGTH = 2048;

const SUPPORTED_TYPES_MESSAGE = "Content-Type must be application/json or application/x-www-form-urlencoded";

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

/** A boolean as JSON sends it, or as a form (and PHP's loose clients) send it. */
const looseBoolean = (message: string) =>
  z.preprocess(
    (value) => {
      if (typeof value === "boolean") return value;
      const text = String(value).trim().toLowerCase();
      if (text === "true" || text === "1") return true;
      if (text === "false" || text === "0") return false;
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
        .transform((codes) => [...new Set(codes)])
        .optional(),
    ),
    smartid_qr_flow: z.preprocess(
      blankToUndefined,
      looseBoolean("smartid_qr_flow must be true or false (a form may also send 1 or 0)").optional(),
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
 * Decodes a form body the way PHP fills `$_POST`: `name[]=a&name[]=b` and `name[0]=a&name[1]=b` become lists (a
 * repeated index overwrites, like PHP), a plain `name=a` is a string and the last one wins.
 */
export function decodePhpForm(body: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const lists = new Map<string, Map<string, string>>();
  let autoIndex = 0;
  for (const [key, value] of new URLSearchParams(body)) {
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

function decodeBody(
  contentType: string | null,
  body: string,
): { ok: true; fields: unknown } | { ok: false; message: string; status: 400 | 415 } {
  const type = mediaTypeOf(contentType);
  if (type === "application/json") {
    if (body.trim() === "") return { ok: false, status: 400, message: "the request body is empty" };
    try {
      return { ok: true, fields: JSON.parse(body) };
    } catch {
      return { ok: false, status: 400, message: "the request body is not valid JSON" };
    }
  }
  if (type === "application/x-www-form-urlencoded") return { ok: true, fields: decodePhpForm(body) };
  return { ok: false, status: 415, message: SUPPORTED_TYPES_MESSAGE };
}

export function parseCreateRequest(contentType: string | null, body: string): CreateRequestParse {
  if (Buffer.byteLength(body, "utf8") > MAX_CREATE_BODY_BYTES) {
    return { ok: false, status: 400, message: `the request body is larger than ${MAX_CREATE_BODY_BYTES} bytes` };
  }
  const decoded = decodeBody(contentType, body);
  if (!decoded.ok) return decoded;
  if (typeof decoded.fields !== "object" || decoded.fields === null || Array.isArray(decoded.fields)) {
    return { ok: false, status: 400, message: "the request body must be an object of parameters" };
  }
  const parsed = createRequestSchema.safeParse(decoded.fields);
  if (!parsed.success) {
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "the request is invalid" };
  }
  const fields = parsed.data;
  return {
    ok: true,
    request: {
      returnUrl: fields.return_url,
      originHost: fields.origin_host,
      code: fields.code,
      countryCode: fields.country_code,
      phone: fields.phone,
      authenticationMethods: fields.authentication_methods ?? [...AUTH_METHODS],
      supportedResidencies: fields.supported_residencies ?? [],
      smartidQrFlow: fields.smartid_qr_flow ?? true,
      app2appUrl: fields.app2app_url,
    },
  };
}
