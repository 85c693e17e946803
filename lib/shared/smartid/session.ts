/** Generators for a fresh Smart-ID v3 device-link session (smart-id-v3.md, "Session"). */
import { randomBytes, randomInt } from "node:crypto";
import { toBase64, utf8ToBase64 } from "./encoding";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const SESSION_TOKEN_LENGTH = 32;

/** base64 of 32 random bytes (44 chars): the HMAC key for authCodes; never leaves the server. */
export function createSessionSecret(): string {
  return toBase64(randomBytes(32));
}

/** base64 of 64 random bytes, as the RP API v3 expects for `rpChallenge`. */
export function createRpChallenge(): string {
  return toBase64(randomBytes(64));
}

/** 32 alphanumerics (the spec asks for ≥ 24); randomInt avoids the modulo bias of bytes % 62. */
export function createSessionToken(): string {
  let token = "";
  for (let i = 0; i < SESSION_TOKEN_LENGTH; i++) token += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return token;
}

export type Interaction =
  | { type: "displayTextAndPIN"; displayText60: string }
  | { type: "confirmationMessage"; displayText200: string };

/**
 * base64 of the interactions JSON. The exact string goes into the authCode payload, so it is made once per session
 * and stored. Throws on an empty list or a text over its limit: those are programming errors, not user input.
 */
export function encodeInteractions(interactions: Interaction[]): string {
  if (interactions.length === 0) throw new RangeError("at least one interaction is required");
  for (const interaction of interactions) {
    const [text, limit] =
      interaction.type === "displayTextAndPIN" ? [interaction.displayText60, 60] : [interaction.displayText200, 200];
    if (text.length === 0 || text.length > limit) {
      throw new RangeError(`${interaction.type} text must be 1–${limit} characters`);
    }
  }
  return utf8ToBase64(JSON.stringify(interactions));
}
