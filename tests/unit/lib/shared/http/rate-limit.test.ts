import { describe, expect, it } from "vitest";
import { clientAddress, consume } from "@/lib/shared/http/rate-limit";
import { MemoryStateStore } from "@/lib/shared/store/memory-store";

describe("per-client limits", () => {
  it("lets a client through up to its limit in a minute, then says when to come back", async () => {
    let now = 0;
    const store = new MemoryStateStore({ now: () => now });
    for (let i = 0; i < 3; i++) expect(await consume(store, "start", "10.0.0.1", 3)).toEqual({ ok: true });
    now = 20_000;
    expect(await consume(store, "start", "10.0.0.1", 3)).toEqual({ ok: false, retryAfterSeconds: 40 });
    expect(await consume(store, "start", "10.0.0.2", 3)).toEqual({ ok: true });
    expect(await consume(store, "return", "10.0.0.1", 3)).toEqual({ ok: true });
    now = 60_001;
    expect(await consume(store, "start", "10.0.0.1", 3)).toEqual({ ok: true });
  });

  it("takes the address the connection, or the trusted proxy, reported last", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "x".repeat(500) }))).toHaveLength(64);
  });
});
