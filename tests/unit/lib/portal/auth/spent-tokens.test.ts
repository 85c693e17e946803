import { describe, expect, it } from "vitest";
import { SpentTokenRegistry } from "@/lib/portal/auth/spent-tokens";
import { MemoryStateStore } from "@/lib/shared/store/memory-store";
import { StoreFullError } from "@/lib/shared/store/state-store";

function registry(maxEntries?: number) {
  let now = 0;
  const store = new MemoryStateStore({ now: () => now, maxEntries });
  const tokens = new SpentTokenRegistry({ store, spentTtlMs: 1000, claimTtlMs: 100 });
  return { tokens, store, advance: (ms: number) => (now += ms) };
}

describe("spent-token registry", () => {
  it("lets a token be claimed once and refuses it after it is spent", async () => {
    const { tokens } = registry();
    expect(await tokens.claim("a")).toBe("claimed");
    await tokens.spend("a");
    expect(await tokens.claim("a")).toBe("spent");
    expect(await tokens.isSpent("a")).toBe(true);
  });

  it("refuses a second claim while the first is in flight", async () => {
    const { tokens } = registry();
    expect(await tokens.claim("a")).toBe("claimed");
    expect(await tokens.claim("a")).toBe("in-use");
  });

  it("of 50 claims racing on one token, exactly one wins", async () => {
    const { tokens } = registry();
    const results = await Promise.all(Array.from({ length: 50 }, () => tokens.claim("a")));
    expect(results.filter((result) => result === "claimed")).toHaveLength(1);
  });

  it("frees a released claim for another try", async () => {
    const { tokens } = registry();
    await tokens.claim("a");
    await tokens.release("a");
    expect(await tokens.claim("a")).toBe("claimed");
  });

  it("does not let release undo a spend", async () => {
    const { tokens } = registry();
    await tokens.claim("a");
    await tokens.spend("a");
    await tokens.release("a");
    expect(await tokens.claim("a")).toBe("spent");
  });

  it("frees an abandoned claim after its time", async () => {
    const { tokens, advance } = registry();
    await tokens.claim("a");
    advance(101);
    expect(await tokens.claim("a")).toBe("claimed");
  });

  it("forgets spent tokens after their time", async () => {
    const { tokens, advance } = registry();
    await tokens.claim("a");
    await tokens.spend("a");
    advance(999);
    expect(await tokens.claim("a")).toBe("spent");
    advance(2);
    expect(await tokens.claim("a")).toBe("claimed");
  });

  it("at the store's cap refuses new tokens rather than forget spent ones", async () => {
    const { tokens } = registry(2);
    for (const token of ["a", "b"]) {
      await tokens.claim(token);
      await tokens.spend(token);
    }
    await expect(tokens.claim("c")).rejects.toBeInstanceOf(StoreFullError);
    expect(await tokens.isSpent("a")).toBe(true);
    expect(await tokens.isSpent("b")).toBe(true);
  });
});
