import { describe, expect, it } from "vitest";
import { app2appForwardUrl, MAX_APP2APP_QUERY_LENGTH, rawQueryOf } from "@/lib/portal/gateway/app2app";
import { TOKEN } from "../../../support/gateway-fakes";

const GATEWAY = "https://id-sandbox.dokobit.com";
const CALLBACK = `${GATEWAY}/auth/${TOKEN}/smartid-v3/callback`;

describe("app2app forward", () => {
  it("sends the query byte for byte to the gateway's callback for the bound token", () => {
    const query = `userChallengeVerifier=XtPfaGa8JnGtYrJjboooUf0KfY9sMEHrWFpSQrsUv9c&value=RrKjjT4aggzu27YBddX1bQ&x=a%2Fb%20c&sessionSecretDigest=U4CKK13H1XFiyBofev9asqrzIrY5_Gszi_nL_zDKkBc`;
    expect(app2appForwardUrl(`${GATEWAY}/`, TOKEN, query)).toEqual({ ok: true, url: `${CALLBACK}?${query}` });
  });

  it.each([
    ["%20, + and %2B kept apart", "a=x%20y&b=x+y&c=x%2By"],
    ["empty values and a key without =", "value=&flag&empty="],
    ["a repeated key, in its place", "value=1&other=2&value=3"],
    ["escapes left as they came, lower case and needless ones too", "d=%C3%A4&e=%7e&f=%41&g=%zz"],
    ["parameters the portal has never heard of", "lang=eng&state=anything"],
    ["a refusal's return without a verifier", "value=RrKjjT4aggzu27YBddX1bQ"],
  ])("does not judge the parameters: %s", (_name, query) => {
    expect(app2appForwardUrl(GATEWAY, TOKEN, query)).toEqual({ ok: true, url: `${CALLBACK}?${query}` });
  });

  it("forwards an empty query too: the gateway's callback says what is missing", () => {
    expect(app2appForwardUrl(GATEWAY, TOKEN, "")).toEqual({ ok: true, url: CALLBACK });
  });

  it("caps the length at 4 KiB", () => {
    const atLimit = `pad=${"a".repeat(MAX_APP2APP_QUERY_LENGTH - 4)}`;
    expect(atLimit).toHaveLength(4096);
    expect(app2appForwardUrl(GATEWAY, TOKEN, atLimit).ok).toBe(true);
    expect(app2appForwardUrl(GATEWAY, TOKEN, `${atLimit}a`)).toEqual({ ok: false, problem: "too-long" });
  });

  it.each([
    ["a space", "a=b c"],
    ["a fragment mark", "a=b#c"],
    ["a line break", "a=b\r\nLocation: https://evil.example"],
    ["a raw non-ASCII character", "a=ä"],
  ])("refuses what no URL parser leaves in a query: %s", (_name, query) => {
    expect(app2appForwardUrl(GATEWAY, TOKEN, query)).toEqual({ ok: false, problem: "not-a-query" });
  });

  it("reads the raw query without its fragment", () => {
    expect(rawQueryOf("http://x/a?b=1%202&c=+&d#frag")).toBe("b=1%202&c=+&d");
    expect(rawQueryOf("http://x/a?")).toBe("");
    expect(rawQueryOf("http://x/a")).toBe("");
  });
});
