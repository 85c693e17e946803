import { describe, expect, it } from "vitest";
import { emulatorBaseUrl, publicOrigin } from "@/lib/emulator/http";

const FALLBACK = "http://127.0.0.1:3000";
const origin = (headers: Record<string, string>) => publicOrigin(new Headers(headers), FALLBACK);

describe("publicOrigin", () => {
  it("is the host the client addressed, forwarded host first", () => {
    expect(origin({ host: "localhost:3100" })).toBe("http://localhost:3100");
    expect(origin({ host: "internal:3000", "x-forwarded-host": "gateway.example, proxy.local" })).toBe(
      "http://gateway.example",
    );
    expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
  });

  it("takes the forwarded scheme only when it is http or https", () => {
    expect(origin({ host: "gateway.example", "x-forwarded-proto": "https" })).toBe("https://gateway.example");
    expect(origin({ host: "gateway.example", "x-forwarded-proto": "javascript" })).toBe("http://gateway.example");
    expect(publicOrigin(new Headers({ host: "gateway.example" }), "https://fallback.example")).toBe(
      "https://gateway.example",
    );
  });

  it("ignores a host that is not a plain host[:port]", () => {
    expect(origin({ host: "evil.example/path" })).toBe(FALLBACK);
    expect(origin({ host: "user@evil.example" })).toBe(FALLBACK);
    expect(origin({ "x-forwarded-host": "a b" })).toBe(FALLBACK);
    expect(origin({})).toBe(FALLBACK);
  });
});

describe("emulatorBaseUrl", () => {
  it("is the origin of the request as addressed, with /emulator", () => {
    const request = new Request("http://127.0.0.1:3000/emulator/api/authentication/create", {
      headers: { host: "localhost:3000", "x-forwarded-proto": "https" },
    });
    expect(emulatorBaseUrl(request)).toBe("https://localhost:3000/emulator");
    expect(emulatorBaseUrl(new Request("http://127.0.0.1:3000/x"))).toBe("http://127.0.0.1:3000/emulator");
  });
});
