import "server-only";
import type { z } from "zod";
import { jsonResponse, readBodyText } from "../http";

/**
 * Body reading for the emulator's browser-facing endpoints (hosted page, virtual app, virtual phone): anything
 * malformed becomes a problem naming the field, answered as `{ ok: false, reason }`.
 */

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
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (!read.ok) return { ok: false, problem: { status: 413, reason: read.message } };
  let raw: unknown;
  try {
    raw = JSON.parse(read.text);
  } catch {
    return { ok: false, problem: { status: 400, reason: "the request body must be JSON" } };
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
  return jsonResponse({ ok: false, reason: problem.reason }, problem.status);
}
