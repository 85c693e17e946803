/**
 * The security headers every response carries, as one pure function of the request's path, its scheme and the
 * nonce made for it. Set once, in proxy.ts, for the portal and the emulator alike.
 */

export interface SecurityContext {
  /** A fresh random value per request; Next.js puts it on its own scripts when the CSP is on the request. */
  nonce: string;
  pathname: string;
  /** Served over https (directly, or behind a trusted proxy that says so). */
  https: boolean;
  /** The development server needs eval for its fast refresh. */
  development: boolean;
}

/**
 * Pages whose address carries a secret or a bearer token: the hosted page (`/emulator/auth/{token}`), the virtual
 * app (the device link), the virtual phone (`?request=`), and the portal's return and finishing steps
 * (`?session_token=`). From these, no Referer leaves at all.
 */
const TOKEN_IN_URL = /^\/(emulator\/(auth|device-link|phone)|api\/gateway\/(return|app2app)|sign-in\/finishing)(\/|$)/;

export function contentSecurityPolicy({ nonce, development }: Pick<SecurityContext, "nonce" | "development">): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the nonce'd bootstrap may load Next's chunks; nothing else runs, inline or from elsewhere.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (the QR code's size, progress bars), which a nonce cannot cover; styles cannot
    // run code, so allowing them inline costs little.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(context),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": TOKEN_IN_URL.test(context.pathname) ? "no-referrer" : "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()",
    "cross-origin-opener-policy": "same-origin",
    ...(context.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** 16 random bytes, base64: unpredictable and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
