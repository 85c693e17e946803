import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { AUTHENTICATION_METHODS, sessionTokenSchema } from "../gateway/schemas";
import { flowSchema } from "./flows";

/**
 * The binding cookie ties a gateway session to the browser that started it (the defence against login CSRF: a token
 * returned to a browser that did not start it is refused). It is sealed with AES-256-GCM under a key derived from
 * AUTH_SECRET by HKDF with a salt of its own, so it can be neither read nor changed by the browser, and it is
 * short-lived. It also carries what the redirect page shows and the sign-in timeline.
 */

export const BINDING_COOKIE_NAME = "portal.sign-in";
/** How long a started sign-in may take, from start to return. */
export const BINDING_MAX_AGE_SECONDS = 10 * 60;

const SEAL_VERSION = "v1";
const HKDF_SALT = "smart-id-plus-portal/binding-cookie";
const HKDF_INFO = "aes-256-gcm key";

export const bindingStateSchema = z.object({
  /** The gateway session this browser started. */
  token: sessionTokenSchema,
  /** The hosted page the browser goes to (the gateway's `url`). */
  gatewayUrl: z.url({ protocol: /^https?$/ }),
  flow: flowSchema,
  /** Random id of this sign-in attempt; becomes the session's sign-in id. */
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  callbackUrl: z.string().startsWith("/"),
  /** What was sent to the gateway (never the access token), for the redirect page. */
  sent: z.object({
    return_url: z.string(),
    smartid_qr_flow: z.boolean(),
    app2app_url: z.string().optional(),
    authentication_methods: z.array(z.enum(AUTHENTICATION_METHODS)).optional(),
    country_code: z.string().optional(),
    code: z.string().optional(),
    phone: z.string().optional(),
  }),
  /** Epoch ms. */
  startedAt: z.number().int().nonnegative(),
  sentAt: z.number().int().nonnegative().optional(),
  returnedAt: z.number().int().nonnegative().optional(),
});
export type BindingState = z.infer<typeof bindingStateSchema>;

export type UnsealResult =
  | { ok: true; state: BindingState }
  | { ok: false; problem: "missing" | "tampered" | "expired" };

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, HKDF_SALT, HKDF_INFO, 32));
}

export function newNonce(): string {
  return randomBytes(18).toString("base64url");
}

/** `v1.<iv>.<ciphertext+tag>`, base64url; the cookie name is authenticated too, so a value cannot be moved. */
export function sealBinding(state: BindingState, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(BINDING_COOKIE_NAME));
  const body = Buffer.concat([cipher.update(JSON.stringify(state), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${SEAL_VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

export function unsealBinding(
  value: string | undefined,
  secret: string,
  now: number,
  maxAgeSeconds = BINDING_MAX_AGE_SECONDS,
): UnsealResult {
  if (!value) return { ok: false, problem: "missing" };
  const [version, ivText, bodyText, extra] = value.split(".");
  if (version !== SEAL_VERSION || !ivText || !bodyText || extra !== undefined)
    return { ok: false, problem: "tampered" };
  let json: string;
  try {
    const iv = Buffer.from(ivText, "base64url");
    const body = Buffer.from(bodyText, "base64url");
    if (iv.length !== 12 || body.length < 17) return { ok: false, problem: "tampered" };
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), iv);
    decipher.setAAD(Buffer.from(BINDING_COOKIE_NAME));
    decipher.setAuthTag(body.subarray(body.length - 16));
    json = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return { ok: false, problem: "tampered" };
  }
  let parsed: ReturnType<typeof bindingStateSchema.safeParse>;
  try {
    parsed = bindingStateSchema.safeParse(JSON.parse(json));
  } catch {
    return { ok: false, problem: "tampered" };
  }
  if (!parsed.success) return { ok: false, problem: "tampered" };
  const age = now - parsed.data.startedAt;
  if (age < 0 || age > maxAgeSeconds * 1000) return { ok: false, problem: "expired" };
  return { ok: true, state: parsed.data };
}

/** Cookie attributes: HttpOnly, SameSite=Lax (it must come back on the gateway's top-level redirect), Secure on https. */
export function bindingCookieOptions(appUrl: string, maxAgeSeconds = BINDING_MAX_AGE_SECONDS) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: appUrl.startsWith("https://"),
    path: "/",
    maxAge: maxAgeSeconds,
  };
}

/** Reads one cookie from a Cookie header (the provider gets a plain Request). */
export function cookieFromHeader(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const raw = part.slice(index + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}
