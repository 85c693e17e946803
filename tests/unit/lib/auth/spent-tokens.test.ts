import { describe, expect, it } from "vitest";
import { SpentTokenRegistry } from "@/lib/auth/spent-tokens";

function registry(options: { maxEntries?: number } = {}) {
  let now = 0;
  const tokens = new SpentTokenRegistry({ spentTtlMs: 1000, claimTtlMs: 100, now: () => now, ...options });
  return { tokens, advance: (ms: number) => (now += ms) };
}

describe("spent-token registry", () => {
  it("lets a token be claimed once and refuses it after it is spent", () => {
    const { tokens } = registry();
    expect(tokens.claim("a")).toBe("claimed");
    tokens.spend("a");
    expect(tokens.claim("a")).toBe("spent");
    expect(tokens.isSpent("a")).toBe(true);
  });

  it("refuses a second claim while the first is in flight", () => {
    const { tokens } = registry();
    expect(tokens.claim("a")).toBe("claimed");
    expect(tokens.claim("a")).toBe("in-use");
  });

  it("frees a released claim for another try", () => {
    const { tokens } = registry();
    tokens.claim("a");
    tokens.release("a");
    expect(tokens.claim("a")).toBe("claimed");
  });

  it("does not let release undo a spend", () => {
    const { tokens } = registry();
    tokens.claim("a");
    tokens.spend("a");
    tokens.release("a");
    expect(tokens.claim("a")).toBe("spent");
  });

  it("frees an abandoned claim after its time", () => {
    const { tokens, advance } = registry();
    tokens.claim("a");
    advance(101);
    expect(tokens.claim("a")).toBe("claimed");
  });

  it("forgets spent tokens after their time", () => {
    const { tokens, advance } = registry();
    tokens.claim("a");
    tokens.spend("a");
    advance(999);
    expect(tokens.claim("a")).toBe("spent");
    advance(2);
    expect(tokens.claim("a")).toBe("claimed");
  });

  it("keeps within its cap, dropping the oldest", () => {
    const { tokens } = registry({ maxEntries: 2 });
    for (const token of ["a", "b", "c"]) {
      tokens.claim(token);
      tokens.spend(token);
    }
    expect(tokens.size).toBe(2);
    expect(tokens.isSpent("a")).toBe(false);
    expect(tokens.isSpent("c")).toBe(true);
  });
});
