import "server-only";
import { GatewayError, redact } from "./errors";
import {
  type AuthenticatedAnswer,
  authenticatedAnswerSchema,
  type CreateAnswer,
  type CreateAuthenticationParams,
  createAnswerSchema,
  createAuthenticationParamsSchema,
  type ErrorAnswer,
  errorAnswerSchema,
  type StatusAnswer,
  sessionTokenSchema,
  toCreateBody,
  unknownStatusAnswerSchema,
  waitingAnswerSchema,
} from "./schemas";

/**
 * A typed Identity Gateway client: `createAuthentication` and `getStatus`, each answer validated with zod, each
 * failure a `GatewayError`. The access token goes only into the server-side request URL and is redacted from every
 * error text. Pure of framework and configuration: the caller passes base URL, token and timeout (see ./server.ts).
 */

export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  /** First back-off delay; doubled each retry. */
  baseDelayMs: number;
  /** No single wait is longer; a Retry-After above it ends the retries at once. */
  maxDelayMs: number;
}

export interface GatewayClientOptions {
  /** Gateway base without a trailing slash, e.g. https://id-sandbox.dokobit.com */
  baseUrl: string;
  accessToken: string;
  /** Per attempt. */
  timeoutMs: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * One HTTP exchange with the gateway as the client saw it: when it went out and when the answer was read (epoch
 * ms), the HTTP status, and which attempt it was. For the portal's record of a sign-in; nothing of the URL (which
 * holds the access token) is in it.
 */
export interface ExchangeSeen {
  httpStatus: number;
  startedAt: number;
  endedAt: number;
  attempt: number;
}

/** Told of every exchange that brought an answer (retries included), in order. */
export type ExchangeObserver = (seen: ExchangeSeen) => void;

export interface GatewayClient {
  /** POST /api/authentication/create. Retried only on 429 (the gateway did nothing then). */
  createAuthentication(params: CreateAuthenticationParams, observe?: ExchangeObserver): Promise<CreateAnswer>;
  /** GET /api/authentication/{token}/status. Idempotent, so retried on 429, 5xx and lost connections. */
  getStatus(sessionToken: string, observe?: ExchangeObserver): Promise<StatusAnswer>;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 2000 };

/** Gateway error codes with a meaning of their own (identity-gateway.md, status table). */
const SESSION_CLOSED_CODE = 1005;
const CANCELLED_CODE = 1006;

const isSuccess = (httpStatus: number) => httpStatus >= 200 && httpStatus < 300;

/** Any answer's `message`, for refusals whose body is not the usual error shape. */
const messageSchema = errorAnswerSchema.pick({ message: true });

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** What was being asked: the same error body means different things at create and at status. */
export type GatewayCall = "create" | "status";

/**
 * Which kind of refusal an error body means; the gateway's codes first, its wording as a fallback. At create there
 * is no authentication yet to be cancelled, failed or closed: whatever the wording, a refusal there is the gateway
 * refusing the request itself.
 */
export function classifyErrorAnswer(
  answer: ErrorAnswer,
  httpStatus: number,
  call: GatewayCall = "status",
): GatewayError {
  const code = Number(answer.code ?? answer.error_code);
  const gatewayMessage = answer.message;
  const text = (gatewayMessage ?? "").toLowerCase();
  const details = { httpStatus, gatewayMessage };
  const said = gatewayMessage ? `: ${gatewayMessage}` : "";
  if (httpStatus === 429) return new GatewayError("rate-limited", `gateway answered 429${said}`, details);
  if (httpStatus >= 500) return new GatewayError("server-error", `gateway answered ${httpStatus}${said}`, details);
  if (httpStatus === 401 || httpStatus === 403) {
    return new GatewayError("unauthorized", `gateway refused the access token (${httpStatus})${said}`, details);
  }
  if (call === "create") {
    return new GatewayError("rejected", `gateway refused the request (${httpStatus})${said}`, details);
  }
  if (code === CANCELLED_CODE || /cancel|refus|denied|rejected/.test(text)) {
    return new GatewayError("cancelled", `authentication cancelled${said}`, details);
  }
  if (/timed out|failed|wrong|unusable/.test(text)) {
    return new GatewayError("failed", `authentication failed${said}`, details);
  }
  if (code === SESSION_CLOSED_CODE || /closed|expired|not found|unknown session|timeout/.test(text)) {
    return new GatewayError("session-closed", `session closed${said}`, details);
  }
  return new GatewayError("rejected", `gateway refused the request (${httpStatus})${said}`, details);
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const clean = (text: string) => redact(text, options.accessToken);

  function urlOf(path: string): string {
    const url = new URL(`${baseUrl}${path}`);
    url.searchParams.set("access_token", options.accessToken);
    return url.toString();
  }

  interface RawAnswer {
    httpStatus: number;
    startedAt: number;
    endedAt: number;
    json: unknown;
    retryAfterSeconds: number | undefined;
  }

  /** One HTTP exchange: returns the status and parsed JSON, or throws unreachable / timeout / malformed. */
  async function exchange(what: string, path: string, init: RequestInit): Promise<RawAnswer> {
    // A timer of our own rather than AbortSignal.timeout: that one lives out its whole time even when the answer came
    // in milliseconds, and holds the finished exchange in memory until then (megabytes under load).
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new DOMException(`no answer within ${options.timeoutMs} ms`, "TimeoutError")),
      options.timeoutMs,
    );
    try {
      return await exchangeUntil(what, path, init, deadline.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async function exchangeUntil(what: string, path: string, init: RequestInit, signal: AbortSignal): Promise<RawAnswer> {
    let response: Response;
    const startedAt = now();
    try {
      response = await doFetch(urlOf(path), {
        ...init,
        // The answers are a few hundred bytes: compressing and inflating them costs both sides more than it saves.
        headers: { accept: "application/json", "accept-encoding": "identity", ...init.headers },
        redirect: "manual",
        cache: "no-store",
        signal,
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        throw new GatewayError("timeout", `${what}: no answer within ${options.timeoutMs} ms`);
      }
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
      const message = error instanceof Error ? error.message : String(error);
      throw new GatewayError("unreachable", clean(`${what}: ${message}${cause}`));
    }
    const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"), now());
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        throw new GatewayError("timeout", `${what}: the answer did not finish within ${options.timeoutMs} ms`);
      }
      throw new GatewayError("unreachable", clean(`${what}: the connection broke while reading the answer`));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { httpStatus: response.status, startedAt, endedAt: now(), json, retryAfterSeconds };
  }

  /** Turns an answer that is not a success into the matching GatewayError. */
  function failureOf(what: string, answer: RawAnswer, call: GatewayCall): GatewayError {
    const error = errorAnswerSchema.safeParse(answer.json);
    if (error.success) {
      // The gateway's own words are shown and logged, so they pass through redaction like everything else.
      const message = error.data.message === undefined ? undefined : clean(error.data.message);
      const classified = classifyErrorAnswer({ ...error.data, message }, answer.httpStatus, call);
      if (classified.kind !== "rate-limited") return classified;
      return new GatewayError("rate-limited", `${what}: ${classified.message}`, {
        httpStatus: answer.httpStatus,
        gatewayMessage: classified.gatewayMessage,
        retryAfterSeconds: answer.retryAfterSeconds,
      });
    }
    const status = answer.httpStatus;
    if (status === 429) {
      return new GatewayError("rate-limited", `${what}: gateway answered 429`, {
        httpStatus: status,
        retryAfterSeconds: answer.retryAfterSeconds,
      });
    }
    if (status >= 500)
      return new GatewayError("server-error", `${what}: gateway answered ${status}`, { httpStatus: status });
    if (status === 401 || status === 403) {
      return new GatewayError("unauthorized", `${what}: gateway refused the access token (${status})`, {
        httpStatus: status,
      });
    }
    if (status >= 300 && status < 400) {
      return new GatewayError("malformed", `${what}: unexpected redirect (${status}); is the gateway URL right?`, {
        httpStatus: status,
      });
    }
    if (status >= 400) {
      const said = messageSchema.safeParse(answer.json);
      const gatewayMessage = said.success && said.data.message !== undefined ? clean(said.data.message) : undefined;
      return new GatewayError("rejected", `${what}: gateway answered ${status}`, {
        httpStatus: status,
        gatewayMessage,
      });
    }
    const unknown = unknownStatusAnswerSchema.safeParse(answer.json);
    if (unknown.success) {
      const word = clean(unknown.data.status);
      return new GatewayError(
        "unknown-status",
        `${what}: the gateway answered status ${JSON.stringify(word.slice(0, 64))}, which this portal does not know`,
        { httpStatus: status, gatewayStatus: word },
      );
    }
    return new GatewayError("malformed", `${what}: the answer is not what the gateway contract describes`, {
      httpStatus: status,
    });
  }

  /**
   * Runs `attempt` with bounded retries: waits Retry-After (or an exponential back-off) between attempts, and gives
   * up at once when the gateway asks for a longer pause than `maxDelayMs` — a person is waiting for the page.
   */
  async function withRetries<T>(
    retryable: (error: GatewayError) => boolean,
    attempt: (attemptNumber: number) => Promise<T>,
  ): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return await attempt(attemptNumber);
      } catch (error) {
        if (!(error instanceof GatewayError) || !retryable(error) || attemptNumber >= retry.maxAttempts) throw error;
        const backoff = retry.baseDelayMs * 2 ** (attemptNumber - 1);
        const asked = error.retryAfterSeconds === undefined ? undefined : error.retryAfterSeconds * 1000;
        if (asked !== undefined && asked > retry.maxDelayMs) throw error;
        await sleep(Math.min(retry.maxDelayMs, asked ?? backoff));
      }
    }
  }

  return {
    async createAuthentication(params, observe) {
      const valid = createAuthenticationParamsSchema.safeParse(params);
      if (!valid.success) {
        throw new GatewayError("rejected", `create: invalid parameters: ${valid.error.issues[0]?.message ?? ""}`);
      }
      const what = "create authentication";
      return withRetries(
        (error) => error.kind === "rate-limited",
        async (attempt) => {
          const answer = await exchange(what, "/api/authentication/create", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(toCreateBody(valid.data)),
          });
          observe?.({ httpStatus: answer.httpStatus, startedAt: answer.startedAt, endedAt: answer.endedAt, attempt });
          if (!isSuccess(answer.httpStatus)) throw failureOf(what, answer, "create");
          const created = createAnswerSchema.safeParse(answer.json);
          if (created.success) return created.data;
          throw failureOf(what, answer, "create");
        },
      );
    },

    async getStatus(sessionToken, observe) {
      if (!sessionTokenSchema.safeParse(sessionToken).success) {
        throw new GatewayError("rejected", "status: the session token is not 64 hex characters");
      }
      const what = "authentication status";
      return withRetries(
        (error) => error.kind === "rate-limited" || error.kind === "server-error" || error.kind === "unreachable",
        async (attempt): Promise<StatusAnswer> => {
          const answer = await exchange(what, `/api/authentication/${sessionToken}/status`, { method: "GET" });
          observe?.({ httpStatus: answer.httpStatus, startedAt: answer.startedAt, endedAt: answer.endedAt, attempt });
          if (isSuccess(answer.httpStatus)) {
            const waiting = waitingAnswerSchema.safeParse(answer.json);
            if (waiting.success) return waiting.data;
            const authenticated = authenticatedAnswerSchema.safeParse(answer.json);
            if (authenticated.success) return authenticated.data satisfies AuthenticatedAnswer;
          }
          throw failureOf(what, answer, "status");
        },
      );
    },
  };
}
