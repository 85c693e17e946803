// Hosted: the URLs the gateway makes — return_url with session_token, callbacks, the app's address.
/**
 * Pure URL helpers for the hosted sign-in page and the Smart-ID v3 callback. Kept free of state so the rules the
 * gateway follows — "add session_token with `?` or `&` as the URL needs, nothing else" — are tested on their own.
 */

/**
 * `url` with one query parameter appended, keeping everything the URL already has (its other parameters, their
 * order and encoding, and any fragment). `?` when the URL has no query yet, `&` otherwise.
 */
export function appendQueryParameter(url: string, name: string, value: string): string {
  const hashAt = url.indexOf("#");
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : url.slice(hashAt);
  const pair = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  let joined: string;
  if (!base.includes("?")) joined = `${base}?${pair}`;
  else if (base.endsWith("?") || base.endsWith("&")) joined = `${base}${pair}`;
  else joined = `${base}&${pair}`;
  return joined + fragment;
}

/** Where the browser goes when the gateway is done with a session: `return_url` plus `session_token`. */
export function returnUrlWithToken(returnUrl: string, sessionToken: string): string {
  return appendQueryParameter(returnUrl, "session_token", sessionToken);
}

/** The gateway's own same-device callback (the Web2App `initialCallbackUrl`), under the emulator's public base. */
export function gatewayCallbackUrl(emulatorBase: string, sessionToken: string, callbackValue: string): string {
  return `${emulatorBase.replace(/\/+$/, "")}/auth/${sessionToken}/smartid-v3/callback?value=${callbackValue}`;
}

/** The integrator's App2App callback: `app2app_url` plus the gateway's `value`. */
export function app2AppCallbackUrl(app2appUrl: string, callbackValue: string): string {
  return appendQueryParameter(app2appUrl, "value", callbackValue);
}

/** What the Smart-ID app opens after a confirmed same-device request (smart-id-v3.md, "Same-device callback"). */
export function appCallbackUrl(initialCallbackUrl: string, sessionSecretDigest: string, verifier: string): string {
  return appendQueryParameter(
    appendQueryParameter(initialCallbackUrl, "sessionSecretDigest", sessionSecretDigest),
    "userChallengeVerifier",
    verifier,
  );
}

/** The virtual Smart-ID app's address, which is the emulator's `deviceLinkBase`. */
export function deviceLinkBase(emulatorBase: string): string {
  return `${emulatorBase.replace(/\/+$/, "")}/device-link`;
}

/** `{base}/auth/{token}`: the hosted page, where the integrator sends the browser. */
export function hostedPageUrl(emulatorBase: string, sessionToken: string): string {
  return `${emulatorBase.replace(/\/+$/, "")}/auth/${sessionToken}`;
}
