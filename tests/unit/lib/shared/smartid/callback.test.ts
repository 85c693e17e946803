import { describe, expect, it } from "vitest";
import {
  createCallbackValue,
  createUserChallengeVerifier,
  sessionSecretDigest,
  userChallengeFromVerifier,
  verifyCallback,
} from "@/lib/shared/smartid";
import { CALLBACK_VALUE, DIGEST, SECRET, singleCharMutations, USER_CHALLENGE, VERIFIER } from "./vectors";

describe("official vectors", () => {
  it("sessionSecretDigest", () => {
    expect(sessionSecretDigest(SECRET)).toBe(DIGEST);
  });

  it("userChallengeVerifier → userChallenge", () => {
    expect(userChallengeFromVerifier(VERIFIER)).toBe(USER_CHALLENGE);
  });

  it("every single-character change of the verifier changes the userChallenge", () => {
    for (const verifier of singleCharMutations(VERIFIER)) {
      expect(userChallengeFromVerifier(verifier)).not.toBe(USER_CHALLENGE);
    }
  });

  it("every single-character change of the secret changes the digest or is refused", () => {
    for (const secret of singleCharMutations(SECRET)) {
      let digest: string | undefined;
      try {
        digest = sessionSecretDigest(secret);
      } catch {
        continue;
      }
      expect(digest).not.toBe(DIGEST);
    }
  });
});

describe("generators", () => {
  it("createUserChallengeVerifier gives 43 base64url chars, fresh each time", () => {
    const values = Array.from({ length: 20 }, createUserChallengeVerifier);
    for (const value of values) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(values).size).toBe(values.length);
  });

  it("createCallbackValue gives 22–86 base64url chars, fresh each time", () => {
    const values = Array.from({ length: 20 }, createCallbackValue);
    for (const value of values) {
      expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(value.length).toBeGreaterThanOrEqual(22);
      expect(value.length).toBeLessThanOrEqual(86);
    }
    expect(new Set(values).size).toBe(values.length);
  });
});

describe("verifyCallback", () => {
  const params = { value: CALLBACK_VALUE, sessionSecretDigest: DIGEST, userChallengeVerifier: VERIFIER };
  const expected = { value: CALLBACK_VALUE, sessionSecret: SECRET, userChallenge: USER_CHALLENGE, alreadyUsed: false };

  it("accepts the vector-derived callback, as a record or as URLSearchParams", () => {
    expect(verifyCallback(params, expected)).toEqual({ ok: true });
    const url = new URL(
      `https://rp.example.com/callback-url?value=${CALLBACK_VALUE}&sessionSecretDigest=${DIGEST}&userChallengeVerifier=${VERIFIER}`,
    );
    expect(verifyCallback(url.searchParams, expected)).toEqual({ ok: true });
  });

  it.each(["value", "sessionSecretDigest", "userChallengeVerifier"] as const)("refuses a missing %s", (name) => {
    const result = verifyCallback({ ...params, [name]: undefined }, expected);
    expect(result).toMatchObject({ ok: false, failed: "parameters" });
    expect(!result.ok && result.reason).toContain(name);
  });

  it("refuses a duplicated parameter", () => {
    const search = new URLSearchParams(params);
    search.append("value", CALLBACK_VALUE);
    expect(verifyCallback(search, expected)).toMatchObject({ ok: false, failed: "parameters" });
  });

  it.each([
    ["value too short", { value: "abc" }],
    ["value not base64url", { value: `${CALLBACK_VALUE.slice(1)}+` }],
    ["digest wrong length", { sessionSecretDigest: DIGEST.slice(1) }],
    ["verifier not base64url", { userChallengeVerifier: `${VERIFIER.slice(1)}=` }],
  ])("refuses malformed parameters: %s", (_name, change) => {
    expect(verifyCallback({ ...params, ...change }, expected)).toMatchObject({ ok: false, failed: "parameters" });
  });

  it.each([
    ["value", "value"],
    ["sessionSecretDigest", "sessionSecretDigest"],
    ["userChallengeVerifier", "userChallengeVerifier"],
  ] as const)("refuses every single-character change of %s, naming that check", (name, failed) => {
    for (const mutated of singleCharMutations(params[name])) {
      const result = verifyCallback({ ...params, [name]: mutated }, expected);
      expect(result.ok).toBe(false);
      // A change that breaks base64url canonical form is caught as a malformed parameter instead.
      expect(["parameters", failed]).toContain(!result.ok && result.failed);
    }
    const valid = verifyCallback({ ...params, [name]: singleCharMutations(params[name])[0] }, expected);
    expect(valid).toMatchObject({ ok: false, failed });
  });

  it("refuses a callback for another session secret or userChallenge", () => {
    const otherSecret = { ...expected, sessionSecret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" };
    expect(verifyCallback(params, otherSecret)).toMatchObject({ ok: false, failed: "sessionSecretDigest" });
    const otherChallenge = { ...expected, userChallenge: DIGEST };
    expect(verifyCallback(params, otherChallenge)).toMatchObject({ ok: false, failed: "userChallengeVerifier" });
  });

  it("refuses a replayed callback", () => {
    expect(verifyCallback(params, { ...expected, alreadyUsed: true })).toEqual({
      ok: false,
      failed: "replay",
      reason: "this callback has already been used",
    });
  });

  it("checks value before the digest, the digest before the verifier, and replay last", () => {
    const allWrong = { value: createCallbackValue(), sessionSecretDigest: VERIFIER, userChallengeVerifier: DIGEST };
    expect(verifyCallback(allWrong, { ...expected, alreadyUsed: true })).toMatchObject({ failed: "value" });
    expect(verifyCallback({ ...allWrong, value: CALLBACK_VALUE }, { ...expected, alreadyUsed: true })).toMatchObject({
      failed: "sessionSecretDigest",
    });
    expect(
      verifyCallback({ ...params, userChallengeVerifier: DIGEST }, { ...expected, alreadyUsed: true }),
    ).toMatchObject({ failed: "userChallengeVerifier" });
  });

  it("after a refusal (no signature, userChallenge null) checks value, digest, the verifier's form and replay", () => {
    const refused = { ...expected, userChallenge: null };
    // Any well-formed verifier: without a signature there is nothing to hold it against.
    expect(verifyCallback({ ...params, userChallengeVerifier: createUserChallengeVerifier() }, refused)).toEqual({
      ok: true,
    });
    expect(verifyCallback({ ...params, value: createCallbackValue() }, refused)).toMatchObject({ failed: "value" });
    expect(verifyCallback({ ...params, sessionSecretDigest: VERIFIER }, refused)).toMatchObject({
      failed: "sessionSecretDigest",
    });
    expect(verifyCallback({ ...params, userChallengeVerifier: undefined }, refused)).toMatchObject({
      failed: "parameters",
    });
    expect(verifyCallback({ ...params, userChallengeVerifier: "short" }, refused)).toMatchObject({
      failed: "parameters",
    });
    expect(verifyCallback(params, { ...refused, alreadyUsed: true })).toMatchObject({ failed: "replay" });
  });
});
