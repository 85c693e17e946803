import { describe, expect, it } from "vitest";
import { app2appForwardUrl, rawQueryOf } from "@/lib/gateway/app2app";
import { TOKEN } from "../../support/gateway-fakes";

const GATEWAY = "https://id-sandbox.dokobit.com";
const VALID =
  "value=RrKjjT4aggzu27YBddX1bQ&sessionSecretDigest=U4CKK13H1XFiyBofev9asqrzIrY5_Gszi_nL_zDKkBc&userChallengeVerifier=XtPfaGa8JnGtYrJjboooUf0KfY9sMEHrWFpSQrsUv9c";

describe("app2app forward", () => {
  it("sends the query byte for byte to the gateway's callback for the bound token", () => {
    const query = `userChallengeVerifier=XtPfaGa8JnGtYrJjboooUf0KfY9sMEHrWFpSQrsUv9c&value=RrKjjT4aggzu27YBddX1bQ&x=a%2Fb%20c&sessionSecretDigest=U4CKK13H1XFiyBofev9asqrzIrY5_Gszi_nL_zDKkBc`;
    expect(app2appForwardUrl(`${GATEWAY}/`, TOKEN, query)).toEqual({
      ok: true,
      url: `${GATEWAY}/auth/${TOKEN}/smartid-v3/callback?${query}`,
    });
  });

  it.each([
    ["no parameters", ""],
    ["no value", VALID.replace(/^value=[^&]*&/, "")],
    ["a short digest", VALID.replace("sessionSecretDigest=U4", "sessionSecretDigest=")],
    ["a verifier with a bad character", VALID.replace("userChallengeVerifier=X", "userChallengeVerifier=%")],
    ["a repeated parameter", `${VALID}&value=RrKjjT4aggzu27YBddX1bQ`],
    ["a huge query", `${VALID}&pad=${"a".repeat(3000)}`],
  ])("refuses %s", (_name, query) => {
    expect(app2appForwardUrl(GATEWAY, TOKEN, query).ok).toBe(false);
  });

  it("reads the raw query without its fragment", () => {
    expect(rawQueryOf("http://x/a?b=1%202&c=+#frag")).toBe("b=1%202&c=+");
    expect(rawQueryOf("http://x/a")).toBe("");
  });
});
