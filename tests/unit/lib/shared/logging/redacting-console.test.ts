import { afterAll, describe, expect, it, vi } from "vitest";
import { redactConsole } from "@/lib/shared/logging/redacting-console";

describe("the console of the server", () => {
  const lines: unknown[][] = [];
  const spy = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    lines.push(args);
  });
  afterAll(() => spy.mockRestore());

  it("never writes an access token, in a URL or on its own", () => {
    redactConsole(["configured-secret-token"]);
    console.warn("Request body exceeded 64kb for /emulator/api/authentication/create?access_token=abc123secret&x=1");
    console.warn(new Error("failed with configured-secret-token inside"));
    console.warn({ structured: true });
    expect(lines[0]?.[0]).toBe(
      "Request body exceeded 64kb for /emulator/api/authentication/create?access_token=[redacted]&x=1",
    );
    expect(lines[1]?.[0]).toBe("Error: failed with [redacted] inside");
    expect(lines[2]?.[0]).toEqual({ structured: true });
  });
});
