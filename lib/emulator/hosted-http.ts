import "server-only";
import { z } from "zod";

/**
 * Small helpers the emulator's browser-facing route handlers share: JSON that is never cached, a body read that
 * turns anything malformed into a 400 naming the problem, and the gateway's session-token format.
 */

export const sessionTokenSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A token as it appears in a path; anything that is not one reads as "no such session". */
export function validToken(token: string): string | undefined {
  return sessionTokenSchema.safeParse(token).success ? token : undefined;
}

export function noStoreJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** Largest body any of these endpoints takes; device links are the longest field. */
const MAX_BODY_BYTES = 8 * 1024;

/** Why a body was refused: the first problem, with the field it concerns when there is one. */
export interface BodyProblem {
  status: 400 | 413;
  reason: string;
  field?: string;
}

export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; problem: BodyProblem }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, problem: { status: 413, reason: "The request is too large." } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { status: 400, reason: "The request body must be JSON." } };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : undefined;
    const reason = `${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}`;
    return { ok: false, problem: { status: 400, reason, field } };
  }
  return { ok: true, data: parsed.data };
}

/** The JSON answer for a refused body: `{ ok: false, reason }`. */
export function problemResponse(problem: BodyProblem): Response {
  return noStoreJson({ ok: false, reason: problem.reason }, problem.status);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
