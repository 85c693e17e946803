import "server-only";
import { z } from "zod";

/**
 * The one reader of `process.env`. Every setting is validated with zod once; a wrong value stops start-up with one
 * line naming the variable (see instrumentation.ts). With nothing set, development runs against the embedded
 * emulator at http://127.0.0.1:{PORT}/emulator — a different *site* from the portal at localhost, exactly like the
 * real, foreign gateway.
 */

/** Used only when the embedded emulator is the gateway; a real gateway always needs its own token. */
export const DEVELOPMENT_ACCESS_TOKEN = "emulator-development-access-token";
/** Used only outside production; next-auth refuses to run in production without AUTH_SECRET. */
const DEVELOPMENT_AUTH_SECRET = "development-only-secret-change-me-development-only-secret";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://id-sandbox.dokobit.com" })
  .transform((value) => value.replace(/\/+$/, ""));

const onOff = z.enum(["on", "off"], { error: "must be on or off" });

const accessToken = z
  .string()
  .min(8, { error: "must be at least 8 characters" })
  .regex(/^[\x21-\x7e]+$/, { error: "must be printable ASCII without spaces" });

/** One token, or several separated by commas (so a token can be rotated without downtime). */
const accessTokenList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((token) => token.trim())
      .filter((token) => token.length > 0),
  )
  .pipe(z.array(accessToken).min(1, { error: "must name at least one token" }));

const flag = z
  .enum(["0", "1", "true", "false"], { error: "must be 1 or 0" })
  .transform((v) => v === "1" || v === "true");

const redisUrl = z.url({
  protocol: /^rediss?$/,
  error: "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379",
});

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(max, { error: `must be at most ${max}` });

const rawEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.preprocess(emptyToUndefined, positiveInt(65535).default(3000)),
  GATEWAY_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  GATEWAY_ACCESS_TOKEN: z.preprocess(emptyToUndefined, accessToken.optional()),
  GATEWAY_TIMEOUT_MS: z.preprocess(emptyToUndefined, positiveInt(120_000).default(10_000)),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 33)" }).optional(),
  ),
  AUTH_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  EMULATOR: z.preprocess(emptyToUndefined, onOff.optional()),
  EMULATOR_ACCESS_TOKEN: z.preprocess(emptyToUndefined, accessTokenList.optional()),
  EMULATOR_PUBLIC_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  REDIS_URL: z.preprocess(emptyToUndefined, redisUrl.optional()),
  REDIS_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, { error: "must be 1–64 letters, digits or : _ . -" })
      .default("smart-id-plus:"),
  ),
  TRUST_PROXY: z.preprocess(emptyToUndefined, flag.default(false)),
  SIGN_IN_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, positiveInt(100_000).default(20)),
  RETURN_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, positiveInt(100_000).default(60)),
  MAX_SIGN_INS_IN_PROGRESS: z.preprocess(emptyToUndefined, positiveInt(1_000_000).default(1000)),
  EMULATOR_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, positiveInt(1_000_000).default(600)),
  EMULATOR_SESSION_TTL_SECONDS: z.preprocess(emptyToUndefined, positiveInt(86_400).default(3600)),
  EMULATOR_MAX_SESSIONS: z.preprocess(emptyToUndefined, positiveInt(1_000_000).default(10_000)),
  EMULATOR_APPROVAL_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, positiveInt(3600).default(90)),
  EMULATOR_RP_NAME: z.preprocess(emptyToUndefined, z.string().min(1).max(60).default("Smart-ID+ Demo Portal")),
  SIGN_IN_REDIRECT_DELAY_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "must be a whole number" }).int().min(0).max(60_000).default(1500),
  ),
  NEXT_PHASE: z.string().optional(),
});

export type GatewayKind = "emulator" | "sandbox" | "production" | "custom";

export interface Env {
  nodeEnv: "development" | "production" | "test";
  port: number;
  /** Where the portal's server reaches the gateway, without a trailing slash. */
  gatewayUrl: string;
  gatewayAccessToken: string;
  gatewayKind: GatewayKind;
  gatewayTimeoutMs: number;
  authSecret: string;
  /** The portal's own public origin, e.g. http://localhost:3000. */
  appUrl: string;
  /** Whether X-Forwarded-For/-Host/-Proto come from a proxy we trust (TRUST_PROXY=1). */
  trustProxy: boolean;
  store: StoreSettings;
  /** What one client may do per minute, and how many sign-ins may be in progress at once. */
  limits: { signInsPerMinute: number; returnsPerMinute: number; signInsInProgress: number };
  emulator: EmulatorSettings;
  signInRedirectDelayMs: number;
}

/** Where the server keeps its state: in memory (the default) or in Redis, shared by several instances. */
export interface StoreSettings {
  redisUrl: string | undefined;
  /** Every Redis key starts with this, so several deployments can share one Redis. */
  redisPrefix: string;
}

/** The emulator's own settings. It never reads the portal's (appUrl, gatewayUrl, gatewayAccessToken). */
export interface EmulatorSettings {
  enabled: boolean;
  /** Callers of its API must present one of these as `?access_token=`. */
  accessTokens: string[];
  /** Its public base, e.g. http://192.168.1.20:3000/emulator: hosted-page URLs, device links and callbacks use it. */
  publicUrl: string;
  sessionTtlSeconds: number;
  maxSessions: number;
  approvalTimeoutSeconds: number;
  /** Name the virtual Smart-ID app shows for the integrator (the "brokered" relying party). */
  relyingPartyName: string;
  /** Per client and minute, on create, the virtual app's and the phone's endpoints. */
  rateLimitPerMinute: number;
}

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = "EnvError";
  }
}

/** The emulator's base from EMULATOR_PUBLIC_URL: an origin alone means the emulator's usual `/emulator` path. */
function emulatorBase(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname === "/" || parsed.pathname === "" ? `${parsed.origin}/emulator` : url.replace(/\/+$/, "");
}

function gatewayKindOf(url: string, emulatorIsGateway: boolean): GatewayKind {
  if (emulatorIsGateway) return "emulator";
  const host = new URL(url).host;
  if (host === "id-sandbox.dokobit.com") return "sandbox";
  if (host === "id.dokobit.com") return "production";
  return "custom";
}

/** Pure: turns a raw environment into the validated settings, or throws one EnvError naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    throw new EnvError(variable, issue?.message ?? "is invalid");
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  const isBuild = raw.NEXT_PHASE === "phase-production-build";

  const emulatorEnabled = (raw.EMULATOR ?? (raw.GATEWAY_URL ? "off" : "on")) === "on";
  const emulatorPublicUrl = emulatorBase(raw.EMULATOR_PUBLIC_URL ?? `http://127.0.0.1:${raw.PORT}`);
  // With nothing set, the portal's gateway is the embedded emulator at its public address.
  const gatewayUrl = raw.GATEWAY_URL ?? emulatorPublicUrl;
  const emulatorIsGateway = emulatorEnabled && (!raw.GATEWAY_URL || new URL(gatewayUrl).pathname === "/emulator");

  if (!raw.GATEWAY_URL && !emulatorEnabled) {
    throw new EnvError("GATEWAY_URL", "is required when EMULATOR=off (there is no gateway to talk to)");
  }
  const emulatorAccessTokens = raw.EMULATOR_ACCESS_TOKEN ?? [DEVELOPMENT_ACCESS_TOKEN];
  let gatewayAccessToken = raw.GATEWAY_ACCESS_TOKEN;
  if (emulatorIsGateway) {
    // The portal's gateway is this emulator: they share one token.
    if (gatewayAccessToken && !emulatorAccessTokens.includes(gatewayAccessToken)) {
      throw new EnvError(
        "GATEWAY_ACCESS_TOKEN",
        "must be one of EMULATOR_ACCESS_TOKEN's tokens while the embedded emulator is the gateway (or leave it unset)",
      );
    }
    gatewayAccessToken ??= emulatorAccessTokens[0] ?? DEVELOPMENT_ACCESS_TOKEN;
  } else if (!gatewayAccessToken) {
    throw new EnvError("GATEWAY_ACCESS_TOKEN", `is required with GATEWAY_URL=${gatewayUrl}`);
  }
  let authSecret = raw.AUTH_SECRET;
  if (!authSecret) {
    if (isProduction && !isBuild) {
      throw new EnvError("AUTH_SECRET", "is required in production (try: openssl rand -base64 33)");
    }
    authSecret = DEVELOPMENT_AUTH_SECRET;
  }
  // The development token is printed in the README: a server anyone can reach must not accept it, or strangers
  // could drive test control and fault injection. Refusing to start is clearer than a token nobody knows.
  if (isProduction && !isBuild && emulatorEnabled && !raw.EMULATOR_ACCESS_TOKEN) {
    throw new EnvError(
      "EMULATOR_ACCESS_TOKEN",
      "is required in production while the embedded emulator is on: the development token is public (try: openssl rand -hex 24), or set EMULATOR=off",
    );
  }

  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    gatewayUrl,
    gatewayAccessToken,
    gatewayKind: gatewayKindOf(gatewayUrl, emulatorIsGateway),
    gatewayTimeoutMs: raw.GATEWAY_TIMEOUT_MS,
    authSecret,
    appUrl: raw.AUTH_URL ?? `http://localhost:${raw.PORT}`,
    trustProxy: raw.TRUST_PROXY,
    store: { redisUrl: raw.REDIS_URL, redisPrefix: raw.REDIS_PREFIX },
    limits: {
      signInsPerMinute: raw.SIGN_IN_RATE_LIMIT_PER_MINUTE,
      returnsPerMinute: raw.RETURN_RATE_LIMIT_PER_MINUTE,
      signInsInProgress: raw.MAX_SIGN_INS_IN_PROGRESS,
    },
    emulator: {
      enabled: emulatorEnabled,
      accessTokens: emulatorAccessTokens,
      publicUrl: emulatorPublicUrl,
      sessionTtlSeconds: raw.EMULATOR_SESSION_TTL_SECONDS,
      maxSessions: raw.EMULATOR_MAX_SESSIONS,
      approvalTimeoutSeconds: raw.EMULATOR_APPROVAL_TIMEOUT_SECONDS,
      relyingPartyName: raw.EMULATOR_RP_NAME,
      rateLimitPerMinute: raw.EMULATOR_RATE_LIMIT_PER_MINUTE,
    },
    signInRedirectDelayMs: raw.SIGN_IN_REDIRECT_DELAY_MS,
  };
}

let cached: Env | undefined;

/** The validated settings of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The emulator's settings alone: emulator code reads these and nothing else of the configuration. */
export function emulatorSettings(): EmulatorSettings {
  return env().emulator;
}

/** Where state lives; read by the store module alone. */
export function storeSettings(): StoreSettings {
  return env().store;
}
