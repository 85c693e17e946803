import { describe, expect, it } from "vitest";
import { mobileIdVerificationCode, threeCodeChoices } from "@/lib/emulator/devices/phone-codes";

/** A scripted random source: returns the given numbers in turn. */
function scripted(...values: number[]) {
  let i = 0;
  return (max: number) => {
    const value = values[i++];
    if (value === undefined) throw new Error("script exhausted");
    if (value >= max) throw new Error(`scripted ${value} is not below ${max}`);
    return value;
  };
}

describe("threeCodeChoices", () => {
  it("offers the right code and two other distinct 4-digit codes", () => {
    for (let run = 0; run < 200; run++) {
      const codes = threeCodeChoices("7180");
      expect(codes).toHaveLength(3);
      expect(codes).toContain("7180");
      expect(new Set(codes).size).toBe(3);
      for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    }
  });

  it("zero-pads the decoys and skips a decoy equal to the right code or to another decoy", () => {
    // decoys drawn: 7180 (the right one: skipped), 42 → "0042", 42 again (skipped), 9999; then the shuffle draws.
    const codes = threeCodeChoices("7180", scripted(7180, 42, 42, 9999, 0, 0));
    expect([...codes].sort()).toEqual(["0042", "7180", "9999"]);
  });

  it("puts the right code in every position over many runs", () => {
    const positions = new Set<number>();
    for (let run = 0; run < 300; run++) positions.add(threeCodeChoices("1234").indexOf("1234"));
    expect([...positions].sort()).toEqual([0, 1, 2]);
  });

  it("refuses a code that is not four digits", () => {
    expect(() => threeCodeChoices("123")).toThrow(RangeError);
  });
});

describe("mobileIdVerificationCode", () => {
  it("reads 6 bits of the first byte and 7 of the last", () => {
    // first byte 0b11111100 → 63 << 7 = 8064; last byte 0b01111111 → 127; 8064 + 127 = 8191
    expect(mobileIdVerificationCode(Uint8Array.from([0xff, 0x00, 0xff]))).toBe("8191");
    expect(mobileIdVerificationCode(Uint8Array.from([0x03, 0x80]))).toBe("0000");
    expect(mobileIdVerificationCode(Uint8Array.from([0x04, 0x05]))).toBe("0133");
  });
});
