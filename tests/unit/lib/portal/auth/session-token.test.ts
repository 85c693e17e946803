import { decode, encode } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/portal/auth/session-token";

const secret = "unit-test-secret-unit-test-secret-unit-test";
const salt = "authjs.session-token";
const token = { name: "OK TESTNUMBER", sub: "PNOEE-40404040009", generation: "g1" };

describe("the session cookie's encryption", () => {
  it("is next-auth's own: each side reads what the other wrote", async () => {
    const ours = await encodeSessionToken({ token, secret, salt, maxAge: 3600 });
    expect(await decode({ token: ours, secret, salt })).toMatchObject(token);
    const theirs = await encode({ token, secret, salt, maxAge: 3600 });
    expect(await decodeSessionToken({ token: theirs, secret, salt })).toMatchObject(token);
  });

  it("refuses a cookie sealed under another secret or salt, or changed", async () => {
    const sealed = await encodeSessionToken({ token, secret, salt, maxAge: 3600 });
    await expect(decodeSessionToken({ token: sealed, secret: `${secret}x`, salt })).rejects.toThrow();
    await expect(decodeSessionToken({ token: sealed, secret, salt: "other" })).rejects.toThrow();
    const changed = `${sealed.slice(0, -4)}AAAA`;
    await expect(decodeSessionToken({ token: changed, secret, salt })).rejects.toThrow();
    expect(await decodeSessionToken({ token: "", secret, salt })).toBeNull();
  });

  it("expires", async () => {
    const sealed = await encodeSessionToken({ token, secret, salt, maxAge: -60 });
    await expect(decodeSessionToken({ token: sealed, secret, salt })).rejects.toThrow();
  });
});
