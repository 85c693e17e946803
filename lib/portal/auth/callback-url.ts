import { PORTAL_PATHS } from "./paths";

/**
 * Where to land after signing in. Only a path on this portal is allowed: anything else (another origin, a
 * protocol-relative `//host`, a backslash trick, a `javascript:` URL) becomes the dashboard, so the sign-in can never
 * be used to send someone to a foreign site.
 */
export const DEFAULT_CALLBACK_PATH = PORTAL_PATHS.dashboard;

export function sanitizeCallbackUrl(value: unknown, appUrl: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return DEFAULT_CALLBACK_PATH;
  // Control characters and backslashes are read differently by browsers and URL parsers; refuse them outright.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_CALLBACK_PATH;
  let app: URL;
  let target: URL;
  try {
    app = new URL(appUrl);
    target = new URL(value, app);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (target.origin !== app.origin) return DEFAULT_CALLBACK_PATH;
  if (!value.startsWith("/") && !value.startsWith(app.origin)) return DEFAULT_CALLBACK_PATH;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Signing in again from the sign-in pages would loop; the API is no landing place.
  if (/^\/(sign-in|api)(\/|$|\?)/.test(target.pathname)) return DEFAULT_CALLBACK_PATH;
  return path.startsWith("//") ? DEFAULT_CALLBACK_PATH : path;
}
