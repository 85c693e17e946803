import "server-only";

/**
 * The last line of defence for the access tokens: every console line of the server process — ours, Next.js's and
 * next-auth's — is written with `access_token=…` values and the configured secrets replaced. Next.js, for one, warns
 * with the full request URL (query included) when a body is larger than it clones for proxy.ts; that URL can carry
 * `?access_token=`.
 */

const ACCESS_TOKEN_IN_URL = /(access_token=)[^&\s"'<>]*/gi;

let installed = false;

export function redactConsole(secrets: string[]): void {
  if (installed) return;
  installed = true;
  const literal = secrets.filter((secret) => secret.length >= 8);
  const redact = (value: unknown): unknown => {
    if (typeof value !== "string" && !(value instanceof Error)) return value;
    let text = value instanceof Error ? `${value.name}: ${value.message}` : value;
    text = text.replace(ACCESS_TOKEN_IN_URL, "$1[redacted]");
    for (const secret of literal) text = text.split(secret).join("[redacted]");
    return text;
  };
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    // biome-ignore lint/suspicious/noConsole: wrapping the console is the point: every line passes through here
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(...args.map(redact));
  }
}
