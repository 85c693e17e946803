import { describe, expect, it } from "vitest";
import {
  app2AppCallbackUrl,
  appCallbackUrl,
  appendQueryParameter,
  gatewayCallbackUrl,
  returnUrlWithToken,
} from "@/lib/emulator/hosted/links";

const token = "02f922c9917231ea8acbbbcf63796924af548c801d75772f2b1701b413462c61";

describe("returnUrlWithToken", () => {
  it("starts a query when the return URL has none", () => {
    expect(returnUrlWithToken("https://rp.example/return", token)).toBe(
      `https://rp.example/return?session_token=${token}`,
    );
  });

  it("adds to an existing query and keeps its parameters as they were", () => {
    expect(returnUrlWithToken("https://rp.example/return?a=1&b=x%20y", token)).toBe(
      `https://rp.example/return?a=1&b=x%20y&session_token=${token}`,
    );
  });

  it("does not double a trailing ? or &", () => {
    expect(returnUrlWithToken("https://rp.example/r?", token)).toBe(`https://rp.example/r?session_token=${token}`);
    expect(returnUrlWithToken("https://rp.example/r?a=1&", token)).toBe(
      `https://rp.example/r?a=1&session_token=${token}`,
    );
  });

  it("puts the parameter before a fragment", () => {
    expect(returnUrlWithToken("https://rp.example/r?a=1#top", token)).toBe(
      `https://rp.example/r?a=1&session_token=${token}#top`,
    );
  });
});

describe("appendQueryParameter", () => {
  it("encodes the value", () => {
    expect(appendQueryParameter("http://x/y", "q", "a b&c")).toBe("http://x/y?q=a%20b%26c");
  });
});

describe("same-device callback URLs", () => {
  it("builds the gateway's own Web2App callback under the emulator's public base", () => {
    expect(gatewayCallbackUrl("http://127.0.0.1:3000/emulator/", token, "abc_DEF-123")).toBe(
      `http://127.0.0.1:3000/emulator/auth/${token}/smartid-v3/callback?value=abc_DEF-123`,
    );
  });

  it("adds value to the integrator's app2app URL with ? or & as needed", () => {
    expect(app2AppCallbackUrl("https://rp.example/app2app", "v1")).toBe("https://rp.example/app2app?value=v1");
    expect(app2AppCallbackUrl("https://rp.example/app2app?x=1", "v1")).toBe("https://rp.example/app2app?x=1&value=v1");
  });

  it("appends the digest and the verifier with & after the initial callback", () => {
    expect(appCallbackUrl("https://rp.example/cb?value=v1", "DIGEST", "VERIFIER")).toBe(
      "https://rp.example/cb?value=v1&sessionSecretDigest=DIGEST&userChallengeVerifier=VERIFIER",
    );
  });
});
