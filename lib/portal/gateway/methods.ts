/**
 * The ways of signing in the gateway offers (`authentication_methods`), apart from the wire format's schemas
 * (schemas.ts) so that the sign-in form in the browser can list them without carrying zod.
 */
export const AUTHENTICATION_METHODS = ["smartid", "mobile", "smartcard"] as const;
export type AuthenticationMethod = (typeof AUTHENTICATION_METHODS)[number];
