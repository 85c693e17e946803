import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { certificateDerFromGatewayValue, pemFromDer, shortenCertificateValue } from "@/lib/auth/identity";
import { hostedPageUrl } from "@/lib/gateway/hosted-page";
import { TEST_CERTIFICATE_PEM, TOKEN } from "../../support/gateway-fakes";

describe("the certificate from the gateway's answer", () => {
  const original = new X509Certificate(TEST_CERTIFICATE_PEM);

  it("turns base64 of PEM text into DER that parses back to the same certificate", () => {
    const der = certificateDerFromGatewayValue(Buffer.from(TEST_CERTIFICATE_PEM).toString("base64"));
    if (!der) throw new Error("no DER");
    expect(new X509Certificate(pemFromDer(der)).fingerprint256).toBe(original.fingerprint256);
    expect(der.length).toBeLessThan(Buffer.from(TEST_CERTIFICATE_PEM).toString("base64").length);
  });

  it("also accepts base64 DER", () => {
    const der = original.raw.toString("base64");
    expect(certificateDerFromGatewayValue(der)).toBe(der);
  });

  it("gives null for something that is not a certificate", () => {
    expect(certificateDerFromGatewayValue(Buffer.from("hello").toString("base64"))).toBeNull();
    expect(certificateDerFromGatewayValue("")).toBeNull();
  });

  it("shortens a long value and says how long it was", () => {
    expect(shortenCertificateValue("A".repeat(1200))).toBe(`${"A".repeat(24)}… (1200 characters)`);
    expect(shortenCertificateValue("short")).toBe("short");
  });
});

describe("where the browser goes at the gateway", () => {
  it("uses the gateway's url on the gateway's origin", () => {
    const url = `https://id-sandbox.dokobit.com/auth/${TOKEN}`;
    expect(hostedPageUrl({ url, session_token: TOKEN }, "https://id-sandbox.dokobit.com")).toBe(url);
  });

  it("never sends the browser to another site named in an answer", () => {
    expect(
      hostedPageUrl({ url: `https://evil.example/auth/${TOKEN}`, session_token: TOKEN }, "https://id.dokobit.com/"),
    ).toBe(`https://id.dokobit.com/auth/${TOKEN}`);
  });
});
