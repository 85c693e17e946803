/**
 * Anything from a request that a log line mentions goes through `quoted`: control characters (a newline would
 * forge a second log line), quotes and backslashes escaped, and cut to a length, so that a log line always says
 * only what the code meant it to say.
 */
export function quoted(text: unknown, max = 80): string {
  const value = typeof text === "string" ? text : String(text);
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  // JSON.stringify escapes control characters, quotes and backslashes; the rest is shown as is.
  return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
