/** The same-device callback (smart-id-v3.md, "Same-device callback (Web2App / App2App)"). */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { constantTimeEqual, fromBase64, isBase64Url, toBase64Url } from "./encoding";

/** BASE64URL(SHA-256(BASE64_DECODE(sessionSecret))): proves the callback came from the app that saw the session. */
export function sessionSecretDigest(sessionSecret: string): string {
  return toBase64Url(createHash("sha256").update(fromBase64(sessionSecret)).digest());
}

/** BASE64URL(SHA-256(ASCII(verifier))): the `signature.userChallenge` of the session result. */
export function userChallengeFromVerifier(verifier: string): string {
  return toBase64Url(createHash("sha256").update(verifier, "ascii").digest());
}

/** 43 base64url characters from 32 random bytes. */
export function createUserChallengeVerifier(): string {
  return toBase64Url(randomBytes(32));
}

/** The RP's random `value` for initialCallbackUrl: 43 base64url characters (spec allows 22–86). */
export function createCallbackValue(): string {
  return toBase64Url(randomBytes(32));
}

export type CallbackCheck = "parameters" | "value" | "sessionSecretDigest" | "userChallengeVerifier" | "replay";

const REQUIRED = ["value", "sessionSecretDigest", "userChallengeVerifier"] as const;

/**
 * The relying party's check of a same-device callback, in this order: required params present and well-formed;
 * `value` equals the stored one; digest matches; SHA-256(verifier) equals the userChallenge; not used before.
 * Replay is checked last so that a forged request cannot learn whether a session's callback was already used.
 *
 * `userChallenge: null` is the callback of a request that ended without a signature (the person refused, or the
 * request failed): the app returns all the same, with the same parameters (smart-id-v3.md, "Same-device callback"),
 * but with no signature there is no userChallenge to hold the verifier against, so only its form is checked and
 * the callback is tied to the session by `value` and the digest alone.
 */
export function verifyCallback(
  params: URLSearchParams | Record<string, string | undefined>,
  expected: { value: string; sessionSecret: string; userChallenge: string | null; alreadyUsed: boolean },
): { ok: true } | { ok: false; failed: CallbackCheck; reason: string } {
  const got = new Map<string, string>();
  for (const name of REQUIRED) {
    const values = params instanceof URLSearchParams ? params.getAll(name) : [params[name]];
    if (values.length > 1) return { ok: false, failed: "parameters", reason: `${name} appears more than once` };
    const value = values[0];
    if (value === undefined || value === "") return { ok: false, failed: "parameters", reason: `${name} is missing` };
    got.set(name, value);
  }
  // All three are present by now; `?? ""` only satisfies the Map's type.
  const value = got.get("value") ?? "";
  const digest = got.get("sessionSecretDigest") ?? "";
  const verifier = got.get("userChallengeVerifier") ?? "";
  if (!isBase64Url(value, { min: 22, max: 86 })) {
    return { ok: false, failed: "parameters", reason: "value must be 22–86 base64url characters" };
  }
  if (!isBase64Url(digest, 43)) {
    return { ok: false, failed: "parameters", reason: "sessionSecretDigest must be 43 base64url characters" };
  }
  if (!isBase64Url(verifier, 43)) {
    return { ok: false, failed: "parameters", reason: "userChallengeVerifier must be 43 base64url characters" };
  }
  if (!constantTimeEqual(value, expected.value)) {
    return { ok: false, failed: "value", reason: "value does not match this browser's sign-in" };
  }
  if (!constantTimeEqual(digest, sessionSecretDigest(expected.sessionSecret))) {
    return { ok: false, failed: "sessionSecretDigest", reason: "sessionSecretDigest does not match the session" };
  }
  if (
    expected.userChallenge !== null &&
    !constantTimeEqual(userChallengeFromVerifier(verifier), expected.userChallenge)
  ) {
    return { ok: false, failed: "userChallengeVerifier", reason: "userChallengeVerifier does not match userChallenge" };
  }
  if (expected.alreadyUsed) return { ok: false, failed: "replay", reason: "this callback has already been used" };
  return { ok: true };
}
