import type { CreateAnswer } from "./schemas";

/**
 * Where to send the browser: the gateway's `url` when it is on the gateway's own origin, otherwise (or when the
 * answer has none) the documented `{base}/auth/{token}`. An answer can never send the person to a third site.
 */
export function gatewayPageFor(answer: Pick<CreateAnswer, "url" | "session_token">, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  try {
    if (answer.url && new URL(answer.url).origin === new URL(base).origin) return answer.url;
  } catch {
    // fall through to the documented form
  }
  return `${base}/auth/${answer.session_token}`;
}
