// The emulator's HTTP plumbing: one route wrapper that every emulator route uses, on the server's one body reader.
import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { emulatorSettings } from "../shared/env";
import { readBodyText } from "../shared/http/body";
import { clientAddress, consume } from "../shared/http/rate-limit";
import { constantTimeEqual } from "../shared/smartid";
import { emulatorStateStore } from "../shared/store/shared";
import { isStoreUnavailable } from "../shared/store/state-store";
import { type GatewayEndpoint, injectedFault } from "./gateway/faults";

/**
 * Every emulator route answers through `emulatorRoute`, in the same order: the access token (gateway API and test
 * control), injected faults, then a bounded body checked with zod, then the handler. Failures of each step have one
 * shape per audience — the gateway's `{"status":"error","message"}` for API callers, `{ok:false, reason}` for the
 * emulator's own pages — and a lost state store is a 503 with Retry-After, never a 500.
 */

/** An answer before it becomes a Response: what the pure parts of the emulator return. */
export interface HttpAnswer<B = unknown> {
  httpStatus: number;
  body: B;
  headers?: Record<string, string>;
}

const NO_STORE = { "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function answerResponse(answer: HttpAnswer): Response {
  return jsonResponse(answer.body, answer.httpStatus, answer.headers);
}

export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ status: "error", message }, status, headers);
}

export const INVALID_ACCESS_TOKEN = { status: "error", message: "Invalid access token" } as const;

/**
 * `?access_token=` compared in constant time with each of the emulator's own tokens (EMULATOR_ACCESS_TOKEN). The
 * token is read from the URL, as the gateway's API takes it, and never echoed in any answer.
 */
export function hasValidAccessToken(request: Request): boolean {
  const given = new URL(request.url).searchParams.get("access_token");
  if (given === null) return false;
  let valid = false;
  // Every configured token is compared, so the time taken does not tell which one nearly matched.
  for (const token of emulatorSettings().accessTokens) valid = constantTimeEqual(given, token) || valid;
  return valid;
}

/**
 * 403, as Dokobit's own gateway SDK reads a refused key (identity-gateway.md, "Hosts and authentication"); a missing
 * token is refused the same way, so the answer says nothing about which of the two it was.
 */
export function invalidAccessTokenResponse(): Response {
  return jsonResponse(INVALID_ACCESS_TOKEN, 403);
}

/** 405 for a method an endpoint does not have, in the gateway's JSON error shape. */
export function methodNotAllowed(allowed: readonly string[]): () => Response {
  return () =>
    jsonResponse({ status: "error", message: `Method not allowed; use ${allowed.join(" or ")}` }, 405, {
      allow: allowed.join(", "),
    });
}

/** The emulator's public base (EMULATOR_PUBLIC_URL), e.g. http://127.0.0.1:3000/emulator. */
export function emulatorBase(): string {
  return emulatorSettings().publicUrl;
}

export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Why a body was refused: the first problem, with the field it concerns when there is one. */
export interface BodyProblem {
  status: 400 | 413;
  reason: string;
  field?: string;
}

/** A JSON body checked with `schema`; an empty body reads as `{}` (test control's bodiless calls). */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  limit = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; problem: BodyProblem }> {
  const read = await readBodyText(request, limit);
  if (!read.ok) return { ok: false, problem: { status: 413, reason: read.message } };
  let raw: unknown = {};
  if (read.text.trim() !== "") {
    try {
      raw = JSON.parse(read.text);
    } catch {
      return { ok: false, problem: { status: 400, reason: "the request body must be JSON" } };
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: { status: 400, reason: "the request body must be a JSON object" } };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : undefined;
    return { ok: false, problem: { status: 400, reason: issue?.message ?? "the request is invalid", field } };
  }
  return { ok: true, data: parsed.data };
}

/** Who reads the answers: an integrator's server (the gateway's JSON errors) or the emulator's own pages. */
export type Audience = "api" | "page";

function problemAnswer(audience: Audience, status: number, reason: string, headers?: Record<string, string>) {
  return audience === "api"
    ? errorResponse(status, reason, headers)
    : jsonResponse({ ok: false, reason }, status, headers);
}

export interface RouteOptions<B extends z.ZodType | undefined> {
  audience: Audience;
  /** The gateway API and test control need `?access_token=`. */
  requiresAccessToken?: boolean;
  /** Faults injected for this gateway endpoint come first (after the token). */
  fault?: GatewayEndpoint;
  /** Counts against the client's per-minute limit (EMULATOR_RATE_LIMIT_PER_MINUTE) under this name. */
  rateLimit?: "create" | "app" | "phone";
  /** A JSON body checked with this schema. */
  body?: B;
  /** Answers a refused body in the route's own terms (default: the audience's error shape). */
  onBodyProblem?: (problem: BodyProblem) => Response;
}

export interface RouteInput<P, B> {
  request: NextRequest;
  params: P;
  body: B;
  now: number;
}

const STORE_RETRY_AFTER_SECONDS = 2;

/**
 * The one wrapper of every emulator route handler: access token, faults, bounded and validated body, and the answer
 * to a lost store. `params` that cannot even be decoded (`%zz` in a path segment) are refused as not found.
 */
export function emulatorRoute<
  P extends Record<string, string> = Record<string, never>,
  B extends z.ZodType | undefined = undefined,
>(
  options: RouteOptions<B>,
  handler: (
    input: RouteInput<P, B extends z.ZodType ? z.infer<B> : undefined>,
  ) => Promise<Response | HttpAnswer> | Response | HttpAnswer,
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    const { audience } = options;
    if (options.requiresAccessToken && !hasValidAccessToken(request)) return invalidAccessTokenResponse();
    try {
      if (options.rateLimit) {
        const client = clientAddress(request.headers);
        const limit = emulatorSettings().rateLimitPerMinute;
        const allowed = await consume(emulatorStateStore(), options.rateLimit, client, limit);
        if (!allowed.ok) {
          return problemAnswer(audience, 429, "Too many requests; try again later", {
            "retry-after": String(allowed.retryAfterSeconds),
          });
        }
      }
      if (options.fault) {
        const faulty = await injectedFault(options.fault);
        if (faulty) return faulty;
      }
      let params: P;
      try {
        params = await context.params;
      } catch {
        return problemAnswer(audience, 404, "Not found");
      }
      let body: unknown;
      if (options.body) {
        const read = await readJson(request, options.body);
        if (!read.ok)
          return (
            options.onBodyProblem?.(read.problem) ?? problemAnswer(audience, read.problem.status, read.problem.reason)
          );
        body = read.data;
      }
      const answer = await handler({
        request,
        params,
        body: body as B extends z.ZodType ? z.infer<B> : undefined,
        now: Date.now(),
      });
      return answer instanceof Response ? answer : answerResponse(answer);
    } catch (error) {
      if (isStoreUnavailable(error)) {
        return problemAnswer(audience, 503, "The service is unavailable right now; try again in a moment", {
          "retry-after": String(STORE_RETRY_AFTER_SECONDS),
        });
      }
      throw error;
    }
  };
}
