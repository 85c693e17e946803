import { randomInt } from "node:crypto";

/**
 * Verification-code helpers of the virtual phone. Pure apart from the injectable random source, so the rules —
 * exactly three distinct 4-digit codes, the right one among them at an unpredictable place — are tested directly.
 */

/** A random whole number in [0, max). */
export type RandomBelow = (max: number) => number;

const cryptoRandomBelow: RandomBelow = (max) => randomInt(max);

const fourDigits = (n: number) => String(n).padStart(4, "0");

/**
 * The three codes the Smart-ID app offers for a classic request: the right one and two other distinct 4-digit codes,
 * shuffled (Fisher–Yates), so that picking by position tells nothing.
 */
export function threeCodeChoices(correct: string, random: RandomBelow = cryptoRandomBelow): string[] {
  if (!/^\d{4}$/.test(correct)) throw new RangeError("a verification code has four digits");
  const codes = [correct];
  while (codes.length < 3) {
    const candidate = fourDigits(random(10_000));
    if (!codes.includes(candidate)) codes.push(candidate);
  }
  for (let i = codes.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
  }
  return codes;
}

/**
 * Mobile-ID's verification code for a hash to be signed: the 6 leftmost bits of the first byte and the 7 rightmost
 * bits of the last byte, read as one 13-bit number, zero-padded to 4 digits (SK's MID REST API).
 */
export function mobileIdVerificationCode(hash: Uint8Array): string {
  if (hash.length === 0) throw new RangeError("the hash is empty");
  const first = hash[0] as number;
  const last = hash[hash.length - 1] as number;
  return fourDigits(((first & 0xfc) << 5) | (last & 0x7f));
}
