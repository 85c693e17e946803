import "server-only";
import { hkdfSync, randomUUID } from "node:crypto";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "@auth/core/jwt";
import { base64url, calculateJwkThumbprint, EncryptJWT, jwtDecrypt } from "jose";

/**
 * The session cookie's encryption, exactly as next-auth does it — a JWE with `dir` and A256CBC-HS512 under a key
 * derived from AUTH_SECRET by HKDF, salted with the cookie's name — except that the derived key and its thumbprint
 * are made once per secret and salt, not twice on every request. Every page and every session read decrypts the
 * cookie and encrypts it again; deriving the key each time was most of that work. Cookies stay interchangeable with
 * next-auth's own encode and decode (a unit test checks both ways).
 */

const ENC = "A256CBC-HS512";

interface DerivedKey {
  key: Uint8Array;
  kid: string;
}

const keys = new Map<string, Promise<DerivedKey>>();

function derivedKey(secret: string, salt: string): Promise<DerivedKey> {
  const id = `${salt}\u0000${secret}`;
  let derived = keys.get(id);
  if (!derived) {
    const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    derived = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, "sha512").then((kid) => ({ key, kid }));
    keys.set(id, derived);
  }
  return derived;
}

const firstSecret = (secret: string | string[]) => (Array.isArray(secret) ? secret[0] : secret) ?? "";

export async function encodeSessionToken(params: JWTEncodeParams<JWT>): Promise<string> {
  const { key, kid } = await derivedKey(firstSecret(params.secret), params.salt);
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(params.token ?? {})
    .setProtectedHeader({ alg: "dir", enc: ENC, kid })
    .setIssuedAt(now)
    .setExpirationTime(now + (params.maxAge ?? 30 * 24 * 60 * 60))
    .setJti(randomUUID())
    .encrypt(key);
}

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const { key } = await derivedKey(firstSecret(params.secret), params.salt);
  const { payload } = await jwtDecrypt(params.token, key, {
    clockTolerance: 15,
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: [ENC, "A256GCM"],
  });
  return payload as JWT;
}
