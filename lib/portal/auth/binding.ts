import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { z } from "zod";
import { sessionTokenSchema } from "../gateway/schemas";
import { derivedKey } from "./derived-key";
import { flowSchema } from "./flows";
import { exchangeRecordSchema, MAX_RECORDS } from "./protocol";

/**
 * The binding cookie ties a gateway session to the browser that started it (the defence against login CSRF: a token
 * returned to a browser that did not start it is refused). It is sealed with AES-256-GCM under a key derived from
 * AUTH_SECRET by HKDF with a salt of its own, so it can be neither read nor changed by the browser, and it is
 * short-lived. It also carries what the redirect page shows, the sign-in timeline and the records of the protocol
 * view.
 */

/**
 * On https the cookie takes the `__Host-` prefix: the browser then accepts it only from this host, Secure, for path
 * `/` and without a Domain — so a sibling subdomain cannot toss in a second copy.
 */
export function bindingCookieName(appUrl: string): string {
  return appUrl.startsWith("https://") ? "__Host-portal.sign-in" : "portal.sign-in";
}
/** How long a started sign-in may take, from start to return. */
export const BINDING_MAX_AGE_SECONDS = 10 * 60;

const SEAL_VERSION = "v1";
/** Authenticated with every seal, so that a value sealed for another purpose under the same key never passes here. */
const SEAL_LABEL = "portal.sign-in";
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
  /**
   * The generation of the portal's state store when the sign-in started (lib/portal/auth/state.ts). A binding from an
   * earlier generation — made before an in-memory store was lost in a restart — no longer counts: the spent tokens
   * that would have stopped its replay are gone with that store.
   */
  generation: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** Epoch ms. */
  startedAt: z.number().int().nonnegative(),
  sentAt: z.number().int().nonnegative().optional(),
  returnedAt: z.number().int().nonnegative().optional(),
  /**
   * What the portal saw of this sign-in so far, already redacted (lib/portal/auth/protocol.ts), for the protocol view; the
   * create record holds what was sent to the gateway (never the access token), which the redirect page shows.
   */
  protocol: z.array(exchangeRecordSchema).max(MAX_RECORDS).optional(),
});
export type BindingState = z.infer<typeof bindingStateSchema>;

export type BindingProblem =
  | "missing"
  | "tampered"
  | "expired"
  /** Two copies of the cookie came: nobody can tell which one this browser's sign-in set. */
  | "conflict"
  /** Made before the portal's state store was lost (see `generation` above). */
  | "stale";

export type UnsealResult = { ok: true; state: BindingState } | { ok: false; problem: BindingProblem };

function keyFrom(secret: string): Buffer {
  return derivedKey(secret, HKDF_SALT, HKDF_INFO);
}

export function newNonce(): string {
  return randomBytes(18).toString("base64url");
}

/** `v1.<iv>.<ciphertext+tag>`, base64url; the cookie name is authenticated too, so a value cannot be moved. */
export function sealBinding(state: BindingState, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(SEAL_LABEL));
  const body = Buffer.concat([cipher.update(JSON.stringify(state), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${SEAL_VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/**
 * The most a sealed binding may take. Browsers drop a cookie over 4096 bytes (name and value) without a word, and a
 * sign-in without its binding cannot finish, so the records of the protocol view give way long before that.
 */
export const MAX_SEALED_BINDING_LENGTH = 3500;

/**
 * Seals the binding within MAX_SEALED_BINDING_LENGTH: if the records make it too large (a very long callback URL,
 * a gateway with long answers), their payloads go first, keeping the steps and their timing, and then the records
 * altogether. The sign-in itself never depends on them.
 */
export function sealBindingToFit(state: BindingState, secret: string): string {
  const sealed = sealBinding(state, secret);
  if (sealed.length <= MAX_SEALED_BINDING_LENGTH || !state.protocol) return sealed;
  const bare = state.protocol.map(({ request: _request, answer: _answer, ...timing }) => timing);
  const slimmer = sealBinding({ ...state, protocol: bare }, secret);
  if (slimmer.length <= MAX_SEALED_BINDING_LENGTH) return slimmer;
  const { protocol: _protocol, ...withoutRecords } = state;
  return sealBinding(withoutRecords, secret);
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
    decipher.setAAD(Buffer.from(SEAL_LABEL));
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

/** Every value of the cookie `name` in a Cookie header, in order (a browser may send two with one name). */
export function cookieValues(header: string | null | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    const raw = part.slice(index + 1).trim();
    try {
      values.push(decodeURIComponent(raw));
    } catch {
      values.push(raw);
    }
  }
  return values;
}

export interface BindingContext {
  /** The binding cookie's name (see bindingCookieName). */
  name: string;
  secret: string;
  now: number;
  /** The portal state store's generation now (lib/portal/auth/state.ts). */
  generation: string;
  maxAgeSeconds?: number;
}

/**
 * The one reader of the binding cookie, for the routes and the provider alike: from the request's Cookie header, one
 * copy exactly, unsealed, fresh, and from this generation of the portal's store.
 */
export function bindingFromCookieHeader(header: string | null | undefined, context: BindingContext): UnsealResult {
  const values = cookieValues(header, context.name);
  if (values.length > 1) return { ok: false, problem: "conflict" };
  const read = unsealBinding(values[0], context.secret, context.now, context.maxAgeSeconds);
  if (read.ok && read.state.generation !== context.generation) return { ok: false, problem: "stale" };
  return read;
}

/**
 * The page a missing or unusable binding leads to, written once. Missing on the app2app return means the Smart-ID
 * app opened another browser than the one that started; anywhere else it means this browser started nothing.
 */
export function reasonForBindingProblem(
  problem: BindingProblem,
  where: "app2app" | "browser",
): "binding-expired" | "not-bound" | "other-browser" {
  if (problem === "expired" || problem === "stale") return "binding-expired";
  if (problem === "missing" && where === "app2app") return "other-browser";
  return "not-bound";
}
