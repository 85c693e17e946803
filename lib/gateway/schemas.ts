import { z } from "zod";

/**
 * The Identity Gateway's wire format (see the project's spec/identity-gateway.md), as zod schemas. Every answer is
 * untrusted input: it is parsed here before anything else looks at it.
 */

export const AUTHENTICATION_METHODS = ["smartid", "mobile", "smartcard"] as const;
export type AuthenticationMethod = (typeof AUTHENTICATION_METHODS)[number];

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

/** The JSON body of `POST /api/authentication/create`; only parameters that are set are sent. */
export function toCreateBody(params: CreateAuthenticationParams): Record<string, unknown> {
  const body: Record<string, unknown> = {
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

/** `{"status":"error", …}` — under any HTTP status. */
export const errorAnswerSchema = z.object({
  status: z.literal("error"),
  message: z.string().optional(),
  code: z.union([z.number(), z.string()]).optional(),
  error_code: z.union([z.number(), z.string()]).optional(),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

export const createAnswerSchema = z.object({
  status: z.literal("ok"),
  session_token: sessionTokenSchema,
  url: z.url({ protocol: /^https?$/ }),
  expires_in: z.number().int().positive(),
});
export type CreateAnswer = z.infer<typeof createAnswerSchema>;

export const waitingAnswerSchema = z.object({
  status: z.literal("waiting"),
  message: z.string().optional(),
  code: z.union([z.number(), z.string()]).optional(),
});
export type WaitingAnswer = z.infer<typeof waitingAnswerSchema>;

const certificatePartySchema = z
  .object({
    country: z.string().optional(),
    common_name: z.string().optional(),
    surname: z.string().optional(),
    name: z.string().optional(),
    serial_number: z.string().optional(),
    organisation: z.string().optional(),
    organisation_unit: z.string().optional(),
  })
  .loose();

export const authenticatedAnswerSchema = z.object({
  status: z.literal("ok"),
  code: z.string().min(1),
  country_code: z.string().regex(/^[a-zA-Z]{2}$/),
  name: z.string(),
  surname: z.string(),
  // Known today: smartid, mobile, smartcard. Kept open so that a method the gateway adds later still signs in.
  authentication_method: z.string().min(1),
  date_authenticated: z.iso.datetime({ offset: true }),
  session_token: sessionTokenSchema,
  phone: z.string().optional(),
  certificate: z.object({
    name: z.string().optional(),
    subject: certificatePartySchema.optional(),
    issuer: certificatePartySchema.optional(),
    valid_from: z.string().optional(),
    valid_to: z.string().optional(),
    value: z.base64({ error: "certificate value must be base64" }),
  }),
});
export type AuthenticatedAnswer = z.infer<typeof authenticatedAnswerSchema>;

/** The status endpoint answers one of these, or an error (which the client turns into a GatewayError). */
export type StatusAnswer = WaitingAnswer | AuthenticatedAnswer;
