import { z } from "zod";
import { AUTH_METHODS, SESSION_TOKEN_PATTERN } from "../engine/model";

/**
 * The emulator's answers, as zod schemas (identity-gateway.md). The emulator's own tests parse every answer with
 * these, so the shape promised in the README cannot drift from what is sent. The portal keeps its own schemas of
 * the real gateway and never imports these.
 */

export const errorAnswerSchema = z.object({
  status: z.literal("error"),
  message: z.string().min(1),
  code: z.number().int().optional(),
  error_code: z.number().int().optional(),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

export const createAnswerSchema = z.object({
  status: z.literal("ok"),
  session_token: z.string().regex(SESSION_TOKEN_PATTERN),
  url: z.url({ protocol: /^https?$/ }),
  expires_in: z.number().int().positive(),
});
export type CreateAnswer = z.infer<typeof createAnswerSchema>;

export const waitingAnswerSchema = z.object({
  status: z.literal("waiting"),
  message: z.string(),
  code: z.literal(1003),
});

/** ISO-8601 with an explicit offset, e.g. 2026-11-26T15:09:06+02:00. */
const dateWithOffset = z.iso.datetime({ offset: true });

export const certificateAnswerSchema = z.object({
  name: z.string().startsWith("/"),
  subject: z.object({
    country: z.string().length(2),
    common_name: z.string(),
    surname: z.string(),
    name: z.string(),
    serial_number: z.string(),
    organisation_unit: z.string().optional(),
  }),
  issuer: z.object({
    country: z.string().length(2),
    organisation: z.string(),
    common_name: z.string(),
  }),
  valid_from: dateWithOffset,
  valid_to: dateWithOffset,
  /** base64 of the PEM text. */
  value: z.base64().startsWith("LS0tLS1CRUdJTi"),
});

export const authenticatedAnswerSchema = z.object({
  status: z.literal("ok"),
  code: z.string().min(1),
  country_code: z.string().regex(/^[a-z]{2}$/),
  name: z.string(),
  surname: z.string(),
  authentication_method: z.enum(AUTH_METHODS),
  date_authenticated: dateWithOffset,
  session_token: z.string().regex(SESSION_TOKEN_PATTERN),
  phone: z.string().optional(),
  certificate: certificateAnswerSchema,
});
export type AuthenticatedAnswer = z.infer<typeof authenticatedAnswerSchema>;

export const statusAnswerSchema = z.union([waitingAnswerSchema, authenticatedAnswerSchema, errorAnswerSchema]);
export type StatusAnswerBody = z.infer<typeof statusAnswerSchema>;
