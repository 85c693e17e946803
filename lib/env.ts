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
  GATEWAY_ACCESS_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .min(8, { error: "must be at least 8 characters" })
      .regex(/^[\x21-\x7e]+$/, { error: "must be printable ASCII without spaces" })
      .optional(),
  ),
  GATEWAY_TIMEOUT_MS: z.preprocess(emptyToUndefined, positiveInt(120_000).default(10_000)),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 33)" }).optional(),
  ),
  AUTH_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  EMULATOR: z.preprocess(emptyToUndefined, onOff.optional()),
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
  emulator: {
    enabled: boolean;
    sessionTtlSeconds: number;
    maxSessions: number;
    approvalTimeoutSeconds: number;
    /** Name the virtual Smart-ID app shows for the integrator (the "brokered" relying party). */
    relyingPartyName: string;
  };
  signInRedirectDelayMs: number;
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
  const embeddedEmulatorUrl = `http://127.0.0.1:${raw.PORT}/emulator`;
  const gatewayUrl = raw.GATEWAY_URL ?? embeddedEmulatorUrl;
  const emulatorIsGateway = emulatorEnabled && (!raw.GATEWAY_URL || new URL(gatewayUrl).pathname === "/emulator");

  if (!raw.GATEWAY_URL && !emulatorEnabled) {
    throw new EnvError("GATEWAY_URL", "is required when EMULATOR=off (there is no gateway to talk to)");
  }
  let gatewayAccessToken = raw.GATEWAY_ACCESS_TOKEN;
  if (!gatewayAccessToken) {
    if (!emulatorIsGateway) {
      throw new EnvError("GATEWAY_ACCESS_TOKEN", `is required with GATEWAY_URL=${gatewayUrl}`);
    }
    gatewayAccessToken = DEVELOPMENT_ACCESS_TOKEN;
  }
  let authSecret = raw.AUTH_SECRET;
  if (!authSecret) {
    if (isProduction && !isBuild) {
      throw new EnvError("AUTH_SECRET", "is required in production (try: openssl rand -base64 33)");
    }
    authSecret = DEVELOPMENT_AUTH_SECRET;
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
    emulator: {
      enabled: emulatorEnabled,
      sessionTtlSeconds: raw.EMULATOR_SESSION_TTL_SECONDS,
      maxSessions: raw.EMULATOR_MAX_SESSIONS,
      approvalTimeoutSeconds: raw.EMULATOR_APPROVAL_TIMEOUT_SECONDS,
      relyingPartyName: raw.EMULATOR_RP_NAME,
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
