import "server-only";
import { z } from "zod";
import { type CreateAnswer, type CreateBody, createBodySchema, type StatusAnswer } from "../gateway/schemas";
import { PORTAL_PATHS } from "./paths";

/**
 * The portal's own record of a sign-in, exchange by exchange, for the protocol view (the dashboard and
 * /sign-in/protocol). Each record is redacted *when it is made*, by the pure functions below, so nothing kept for
 * display ever holds a secret: never the access token (it travels only in request URLs, which are not recorded), the
 * session token only as its first characters (`abcd…(elided)`), and nonces, seals, callback secrets and cookie
 * values never at all. The certificate is shortened. Records of a sign-in in progress ride in the sealed binding
 * cookie, so they are kept small; a finished sign-in's go into its SignInDetails on the server.
 */

/** The exchanges the portal takes part in, or sees, in the order they happen. */
export const RECORDED_STEPS = ["create", "redirect", "app2app", "return", "status", "session"] as const;
export type RecordedStep = (typeof RECORDED_STEPS)[number];

/** A payload as shown: JSON, already redacted. */
export type Payload = { [key: string]: PayloadValue };
type PayloadValue = null | boolean | number | string | PayloadValue[] | { [key: string]: PayloadValue };

const payloadSchema = z.record(z.string(), z.json());

export const exchangeRecordSchema = z.object({
  step: z.enum(RECORDED_STEPS),
  /** Epoch ms: the request went out (or, for what the portal only saw, when it saw it). */
  startedAt: z.number().int().nonnegative(),
  /** Epoch ms: the answer was read; only for requests the portal made itself. */
  endedAt: z.number().int().nonnegative().optional(),
  httpStatus: z.number().int().min(100).max(599).optional(),
  /** How many tries the exchange took, when more than one (the client retries on 429 and 5xx). */
  attempts: z.number().int().min(2).optional(),
  /** How many times the status was read in all, on the last status record when some reads were left out. */
  reads: z.number().int().min(2).optional(),
  request: payloadSchema.optional(),
  answer: payloadSchema.optional(),
});
export type ExchangeRecord = z.infer<typeof exchangeRecordSchema>;

/**
 * At most this many records per sign-in (create, redirect, app2app, return, two status reads, session, and one to
 * spare): the records of a sign-in in progress ride in its binding cookie, which must stay well under 4 KB.
 */
export const MAX_RECORDS = 8;
/** Status reads kept: the first and the latest; the ones between are only counted (see `reads`). */
const MAX_STATUS_RECORDS = 2;

/** Text values longer than this are cut: a record is for reading, and it rides in a cookie. */
const MAX_TEXT = 240;
/** Characters of a session token left visible: enough to tell two sign-ins apart, far too few to use one. */
const VISIBLE_PREFIX = 4;

/** The certificate (a long base64 text) as shown: its start and its length. */
export function shortenCertificateValue(value: string): string {
  return value.length <= 40 ? value : `${value.slice(0, 24)}… (${value.length} characters)`;
}

/** `abcd…(elided)`: how a session token (or any secret that must stay recognisable) is shown. */
export function elide(secret: string): string {
  return `${secret.slice(0, VISIBLE_PREFIX)}…(elided)`;
}

/** What stands for a value that is never shown in any form (nonces, seals, callback secrets, cookie values). */
export function withheld(length: number): string {
  return `(${length} characters, withheld)`;
}

/** Keys whose value is a session token: shown elided. */
const ELIDED_KEYS = new Set(["session_token", "sessionToken"]);
/** Keys whose value is never shown, whatever it is. */
const WITHHELD_KEYS = new Set([
  "access_token",
  "accessToken",
  "nonce",
  "seal",
  "cookie",
  "sessionSecret",
  "sessionSecretDigest",
  "userChallengeVerifier",
  "authCode",
]);

/**
 * A payload made safe to show: every occurrence of a secret in a text elided (a hosted-page URL holds the session
 * token), values under secret-holding keys elided or withheld, the certificate shortened, long texts cut, nesting
 * and lists bounded. `secrets` are the values to look for — the session token, the access token.
 */
export function redactPayload(value: Record<string, unknown>, secrets: readonly string[]): Payload {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  const text = (raw: string): string => {
    let out = raw;
    for (const secret of hidden) out = out.split(secret).join(elide(secret));
    return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
  };
  const walk = (item: unknown, key: string | undefined, depth: number): PayloadValue => {
    if (key !== undefined && WITHHELD_KEYS.has(key))
      return typeof item === "string" ? withheld(item.length) : "(withheld)";
    if (key !== undefined && ELIDED_KEYS.has(key) && typeof item === "string") return elide(item);
    if (item === null || typeof item === "boolean") return item;
    if (typeof item === "number") return Number.isFinite(item) ? item : null;
    if (typeof item === "string") return text(item);
    if (depth >= 4) return "(…)";
    if (Array.isArray(item)) return item.slice(0, 12).map((entry) => walk(entry, undefined, depth + 1));
    if (typeof item === "object") {
      const out: Payload = {};
      for (const [name, entry] of Object.entries(item).slice(0, 24)) {
        if (entry === undefined) continue;
        out[name] =
          key === "certificate" && name === "value" && typeof entry === "string"
            ? shortenCertificateValue(entry)
            : walk(entry, name, depth + 1);
      }
      return out;
    }
    return null;
  };
  return walk(value, undefined, 0) as Payload;
}

/** The timing and status of a request the portal made (from the gateway client's observer). */
export interface Timing {
  startedAt: number;
  endedAt: number;
  httpStatus?: number;
  attempt?: number;
}

function timed(step: RecordedStep, timing: Timing): ExchangeRecord {
  return {
    step,
    startedAt: timing.startedAt,
    endedAt: Math.max(timing.startedAt, timing.endedAt),
    ...(timing.httpStatus !== undefined ? { httpStatus: timing.httpStatus } : {}),
    ...(timing.attempt !== undefined && timing.attempt > 1 ? { attempts: timing.attempt } : {}),
  };
}

/** `POST /api/authentication/create`: what was sent and the answer as the portal read it. */
export function createRecord(
  sent: CreateBody,
  answer: CreateAnswer,
  timing: Timing,
  secrets: readonly string[],
): ExchangeRecord {
  const all = [answer.session_token, ...secrets];
  return {
    ...timed("create", timing),
    request: redactPayload({ method: "POST", path: "/api/authentication/create", body: sent }, all),
    answer: redactPayload({ ...answer }, all),
  };
}

/** What was sent to create the session, from its record (the redirect page lists it). */
export function sentBodyOf(records: readonly ExchangeRecord[] | undefined): CreateBody | undefined {
  const create = records?.find((record) => record.step === "create");
  const parsed = createBodySchema.safeParse(create?.request?.body);
  return parsed.success ? parsed.data : undefined;
}

/** The browser sent on to the gateway's page (`/api/gateway/continue` answers 303 to it). */
export function redirectRecord(at: number, location: string, sessionToken: string): ExchangeRecord {
  return {
    step: "redirect",
    startedAt: at,
    httpStatus: 303,
    request: { method: "GET", path: PORTAL_PATHS.continue },
    answer: redactPayload({ location }, [sessionToken]),
  };
}

/** At most this many parameter names of an app2app link are kept: the link comes from outside. */
const MAX_APP2APP_NAMES = 8;

/**
 * The Smart-ID app's return to `/api/gateway/app2app`, forwarded to the gateway's callback. Its parameters are the
 * callback's secrets (`value`, `sessionSecretDigest`, `userChallengeVerifier`), so only their names and lengths are
 * kept; a name that is not a plain word is not kept either (it came from whoever made the link).
 */
export function app2appRecord(at: number, rawQuery: string, forwardedTo: string, sessionToken: string): ExchangeRecord {
  const query: Payload = {};
  const names = [...new URLSearchParams(rawQuery)];
  for (const [name, value] of names.slice(0, MAX_APP2APP_NAMES)) {
    query[/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(name) ? name : "(other)"] = withheld(value.length);
  }
  if (names.length > MAX_APP2APP_NAMES) query["(more)"] = `${names.length - MAX_APP2APP_NAMES}`;
  const callback = forwardedTo.split("?")[0] ?? forwardedTo;
  return {
    step: "app2app",
    startedAt: at,
    httpStatus: 302,
    request: { method: "GET", path: PORTAL_PATHS.app2app, query },
    // The query goes on exactly as it came, so the location is the callback with the same (withheld) query.
    answer: redactPayload({ location: `${callback}?…` }, [sessionToken]),
  };
}

/** The gateway sent the browser back to `return_url` with the session token. */
export function returnRecord(at: number, sessionToken: string): ExchangeRecord {
  return {
    step: "return",
    startedAt: at,
    request: { method: "GET", path: PORTAL_PATHS.return, query: { session_token: elide(sessionToken) } },
  };
}

/** `GET /api/authentication/{token}/status` and the answer as the portal read it. */
export function statusRecord(
  sessionToken: string,
  answer: StatusAnswer,
  timing: Timing,
  secrets: readonly string[],
): ExchangeRecord {
  const all = [sessionToken, ...secrets];
  return {
    ...timed("status", timing),
    request: { method: "GET", path: `/api/authentication/${elide(sessionToken)}/status` },
    answer: redactPayload({ ...answer }, all),
  };
}

/** What the portal tells of the session cookie it makes: its name and attributes, never its value. */
export interface SessionCookieFacts {
  name: string;
  secure: boolean;
  maxAgeSeconds: number;
  /** The binding cookie, cleared in the same answer. */
  bindingCookieName: string;
}

/** The session made: the portal answers the browser with its session cookie (and clears the binding cookie). */
export function sessionRecord(at: number, cookie: SessionCookieFacts, landing: string): ExchangeRecord {
  return {
    step: "session",
    startedAt: at,
    httpStatus: 303,
    answer: {
      location: landing.length > MAX_TEXT ? `${landing.slice(0, MAX_TEXT)}…` : landing,
      "set-cookie": [
        {
          name: cookie.name,
          value: "(withheld)",
          httpOnly: true,
          sameSite: "Lax",
          secure: cookie.secure,
          maxAge: cookie.maxAgeSeconds,
        },
        { name: cookie.bindingCookieName, value: "(cleared)", maxAge: 0 },
      ],
    },
  };
}

/**
 * Adds a record, keeping the list small: a gateway that keeps answering "waiting" is read again and again, so of
 * the status reads only the first and the latest are kept, the latest counting them all; beyond MAX_RECORDS
 * nothing more is added (the earliest records are the ones worth keeping).
 */
export function withRecord(records: readonly ExchangeRecord[] | undefined, record: ExchangeRecord): ExchangeRecord[] {
  const list = [...(records ?? [])];
  if (record.step === "status") {
    const statuses = list.flatMap((entry, index) => (entry.step === "status" ? [index] : []));
    const latest = statuses.at(-1);
    if (statuses.length >= MAX_STATUS_RECORDS && latest !== undefined) {
      const reads = (list[latest]?.reads ?? statuses.length) + 1;
      list[latest] = { ...record, reads };
      return list;
    }
  }
  return list.length >= MAX_RECORDS ? list : [...list, record];
}
