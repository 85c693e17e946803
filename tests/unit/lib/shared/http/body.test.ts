import { describe, expect, it } from "vitest";
import { readBodyBytes, readBodyText } from "@/lib/shared/http/body";

/** A request whose body arrives in chunks and declares no length, as a chunked upload does. */
function chunked(chunks: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Request("http://127.0.0.1:3000/emulator/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("reads a body within the limit", async () => {
    expect(await readBodyText(new Request("http://x/", { method: "POST", body: "hello" }), 5)).toEqual({
      ok: true,
      text: "hello",
    });
  });

  it("refuses on the declared length before reading a byte", async () => {
    const request = new Request("http://x/", { method: "POST", body: "tiny", headers: { "content-length": "999999" } });
    expect(await readBodyText(request, 100)).toMatchObject({ ok: false });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops while reading a body that declares no length and runs past the limit", async () => {
    const read = await readBodyText(chunked(["a".repeat(60), "b".repeat(60), "c".repeat(1_000_000)]), 100);
    expect(read).toEqual({ ok: false, message: "the request body is larger than 100 bytes" });
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
