import { describe, expect, it } from "vitest";
import { quoted } from "@/lib/shared/logging/quote";

describe("quoting what a log line mentions", () => {
  it("escapes line breaks and control characters, so one line stays one line", () => {
    const forged = quoted("value\n[portal] sign-in succeeded for admin\r\u0000\u2028");
    for (const char of ["\n", "\r", "\u0000", "\u2028"]) expect(forged).not.toContain(char);
    expect(forged).toBe('"value\\n[portal] sign-in succeeded for admin\\r\\u0000\\u2028"');
  });

  it("cuts long text", () => {
    expect(quoted("x".repeat(500), 10)).toBe(`"${"x".repeat(10)}…"`);
  });
});
