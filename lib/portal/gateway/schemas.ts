import { z } from "zod";
import { AUTHENTICATION_METHODS } from "./methods";

/**
 * The Identity Gateway's wire format (see the project's spec/identity-gateway.md), as zod schemas. Every answer is
 * untrusted input: it is parsed here before anything else looks at it.
 */

export { AUTHENTICATION_METHODS, type AuthenticationMethod } from "./methods";

/** 64 lowercase hex characters. */
export const sessionTokenSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: "must be 64 lowercase hex characters" });

/** What the portal asks the gateway for, in TypeScript terms; `toCreateBody` turns it into the wire format. */
export const createAuthenticationParamsSchema = z.object({
  returnUrl: z.url({ protocol: /^https?$/, error: "return URL must be an http(s) URL" }),
  smartidQrFlow: z.boolean(),
  app2appUrl: z.url({ protocol: /^https?$/, error: "app2app URL must be an http(s) URL" }).optional(),
  authenticationMethods: z.array(z.enum(AUTHENTICATION_METHODS)).min(1).optional(),
  countryCode: z
    .string()
    .regex(/^[a-z]{2}$/, { error: "country must be a two-letter code" })
    .optional(),
  code: z
    .string()
    .regex(/^[0-9][0-9-]{4,19}$/, { error: "personal code must be digits (Latvian codes keep their hyphen)" })
    .optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9]{6,15}$/, { error: "phone must be digits with an optional leading +" })
    .optional(),
});
export type CreateAuthenticationParams = z.infer<typeof createAuthenticationParamsSchema>;

/** The JSON body of `POST /api/authentication/create`, as sent (and as the redirect page shows it). */
export const createBodySchema = z.object({
  return_url: z.string(),
  smartid_qr_flow: z.boolean(),
  app2app_url: z.string().optional(),
  authentication_methods: z.array(z.enum(AUTHENTICATION_METHODS)).optional(),
  country_code: z.string().optional(),
  code: z.string().optional(),
  phone: z.string().optional(),
});
export type CreateBody = z.infer<typeof createBodySchema>;

/** The wire form of the parameters; only parameters that are set are sent. */
export function toCreateBody(params: CreateAuthenticationParams): CreateBody {
  const body: CreateBody = {
    return_url: params.returnUrl,
    smartid_qr_flow: params.smartidQrFlow,
  };
  if (params.app2appUrl) body.app2app_url = params.app2appUrl;
  if (params.authenticationMethods) body.authentication_methods = params.authenticationMethods;
  if (params.countryCode) body.country_code = params.countryCode;
  if (params.code) body.code = params.code;
  if (params.phone) body.phone = params.phone;
  return body;
}

/** The gateway's `message` as text: a validation answer may hold a list or an object of messages instead. */
function messageText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return undefined;
}

/** `{"status":"error", …}` — under any HTTP status. */
export const errorAnswerSchema = z.object({
  status: z.literal("error"),
  message: z.unknown().optional().transform(messageText),
  code: z.union([z.number(), z.string()]).optional().catch(undefined),
  error_code: z.union([z.number(), z.string()]).optional().catch(undefined),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

/**
 * Answers are read liberally (the contract, identity-gateway.md, says what each tolerance is and where it comes
 * from): the portal insists only on what it needs to sign someone in, accepts other shapes of what it can read, and
 * drops fields it does not know, so the session cookie that carries the answer stays small.
 */

/** `expires_in` as seconds; a number or a numeric string, anything else (or nothing) is "not said". */
const secondsSchema = z
  .unknown()
  .optional()
  .transform((value): number | undefined => {
    const seconds = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  });

export const createAnswerSchema = z.object({
  status: z.literal("ok"),
  // The one field the portal cannot do without.
  session_token: sessionTokenSchema,
  // Used only when it is on the gateway's own origin; otherwise (or when absent) the portal builds
  // `{base}/auth/{token}` itself (hosted-page.ts).
  url: z.string().optional().catch(undefined),
  // Not used by the portal: its own binding cookie limits a sign-in to 10 minutes.
  expires_in: secondsSchema,
});
export type CreateAnswer = z.infer<typeof createAnswerSchema>;

export const waitingAnswerSchema = z.object({
  status: z.literal("waiting"),
  message: z.string().optional().catch(undefined),
  code: z.union([z.number(), z.string()]).optional().catch(undefined),
});
export type WaitingAnswer = z.infer<typeof waitingAnswerSchema>;

/** The status words the portal understands; any other is an answer it must not guess about. */
export const KNOWN_STATUS_WORDS = ["ok", "waiting", "error"] as const;

/** An answer that names a status the portal does not know, e.g. `{"status":"pending"}`. */
export const unknownStatusAnswerSchema = z.object({
  status: z
    .string()
    .min(1)
    .refine((word) => !(KNOWN_STATUS_WORDS as readonly string[]).includes(word)),
});

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const isoDateTime = z.iso.datetime({ offset: true });

/**
 * `date_authenticated` as ISO 8601 with a `±HH:MM` or `Z` offset, from what a gateway may write: `+02:00`, `+0200`,
 * `+02` or `Z`, with `T` or a space, with or without seconds. Without an offset the moment is ambiguous, so it
 * counts as unreadable; unreadable or absent gives undefined (the portal then uses the time it read the answer).
 */
export function gatewayDateTime(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, date, minutes, seconds = ":00", zone = "Z"] = match;
  const offset = /^z$/i.test(zone) ? "Z" : `${zone.slice(0, 3)}:${zone.length > 3 ? zone.slice(-2) : "00"}`;
  const iso = `${date}T${minutes}${seconds}${offset}`;
  return isoDateTime.safeParse(iso).success && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
}

/** Text the portal only shows (never decides on): a wrong type there is no reason to refuse a sign-in. */
const shownText = z.string().optional().catch(undefined);

const certificatePartySchema = z.object({
  country: shownText,
  common_name: shownText,
  surname: shownText,
  name: shownText,
  serial_number: shownText,
  organisation: shownText,
  organisation_unit: shownText,
});

const certificateSchema = z.object({
  name: shownText,
  subject: certificatePartySchema.optional().catch(undefined),
  issuer: certificatePartySchema.optional().catch(undefined),
  valid_from: shownText,
  valid_to: shownText,
  /** base64 of PEM text; the portal reads the certificate itself and shows when it cannot. */
  value: shownText,
});

/**
 * The personal code as text. A gateway that writes it as a JSON number loses any leading zero, and nothing can
 * bring it back; the number's digits are kept as they are.
 */
const personalCodeSchema = z.union([
  z.string().min(1),
  z
    .number()
    .int()
    .nonnegative()
    .transform((code) => String(code)),
]);

export const authenticatedAnswerSchema = z.object({
  status: z.literal("ok"),
  code: personalCodeSchema,
  country_code: z.string().regex(/^[a-zA-Z]{2}$/),
  name: z.string(),
  surname: z.string(),
  // Known today: smartid, mobile, smartcard. Kept open so that a method the gateway adds later still signs in.
  authentication_method: z.string().min(1),
  date_authenticated: z.unknown().optional().transform(gatewayDateTime),
  session_token: sessionTokenSchema,
  // Only Mobile-ID has one; others may send null or nothing.
  phone: z
    .string()
    .nullish()
    .transform((phone) => phone || undefined),
  // The person is known without it; absent, null or not an object reads as "no certificate returned".
  certificate: certificateSchema.optional().catch(undefined),
});
export type AuthenticatedAnswer = z.infer<typeof authenticatedAnswerSchema>;

/** The status endpoint answers one of these, or an error (which the client turns into a GatewayError). */
export type StatusAnswer = WaitingAnswer | AuthenticatedAnswer;
