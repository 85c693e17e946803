import { describe, expect, it } from "vitest";
import { emulatorBaseUrl, publicOrigin, readBodyBytes } from "@/lib/emulator/http";

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

describe("readBodyBytes", () => {
  /** A streamed body with no Content-Length, as with chunked transfer encoding; counts the chunks it hands out. */
  function streamed(chunks: number, chunkSize: number) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(chunkSize).fill(65));
      },
    });
    const request = new Request("http://127.0.0.1/x", { method: "POST", body, duplex: "half" } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it("reads a body within the limit", async () => {
    const read = await readBodyBytes(new Request("http://127.0.0.1/x", { method: "POST", body: "hello" }), 5);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe("hello");
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const request = new Request("http://127.0.0.1/x", {
      method: "POST",
      body: "small",
      headers: { "content-length": "999999" },
    });
    expect(await readBodyBytes(request, 100)).toEqual({
      ok: false,
      message: "the request body is larger than 100 bytes",
    });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(1000, 1024);
    expect(await readBodyBytes(request, 4096)).toEqual({
      ok: false,
      message: "the request body is larger than 4096 bytes",
    });
    expect(pulled()).toBeLessThan(10);
  });
});
