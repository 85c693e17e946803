import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  certificateDerFromGatewayValue,
  identityFromAnswer,
  pemFromDer,
  shortenCertificateValue,
} from "@/lib/portal/auth/identity";
import { isKnownMethod } from "@/lib/portal/auth/sign-in-request";
import { gatewayPageFor } from "@/lib/portal/gateway/hosted-page";
import { authenticatedAnswerSchema } from "@/lib/portal/gateway/schemas";
import { authenticatedAnswer, TEST_CERTIFICATE_PEM, TOKEN } from "../../../support/gateway-fakes";

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
    expect(gatewayPageFor({ url, session_token: TOKEN }, "https://id-sandbox.dokobit.com")).toBe(url);
  });

  it("never sends the browser to another site named in an answer", () => {
    expect(
      gatewayPageFor({ url: `https://evil.example/auth/${TOKEN}`, session_token: TOKEN }, "https://id.dokobit.com/"),
    ).toBe(`https://id.dokobit.com/auth/${TOKEN}`);
  });
});

describe("the person from the gateway's answer", () => {
  const signedInAt = Date.parse("2026-11-26T13:10:00Z");
  const context = {
    flow: "qr" as const,
    signInId: "abcdefghijklmnopqrstuvwx",
    timeline: { startedAt: signedInAt - 20_000, returnedAt: signedInAt - 1000, signedInAt },
  };
  /** Both halves of the session in one object: what the cookie carries and what the server keeps. */
  const read = (overrides: Record<string, unknown>) => {
    const { identity, details } = identityFromAnswer(
      authenticatedAnswerSchema.parse(authenticatedAnswer(overrides)),
      context,
    );
    return { ...identity, ...details };
  };

  it("keeps the gateway's time and certificate when it sends them", () => {
    const identity = read({});
    expect(identity.authenticatedAt).toBe("2026-11-26T15:09:06+02:00");
    expect(identity.authenticatedAtByPortal).toBeUndefined();
    expect(identity.certificateDer).not.toBeNull();
    expect(identity.noCertificateReturned).toBeUndefined();
  });

  it("without a readable time, uses when the portal read the answer, and says so", () => {
    for (const date_authenticated of [undefined, "26.11.2026 15:09"]) {
      const identity = read({ date_authenticated });
      expect(identity.authenticatedAt).toBe("2026-11-26T13:10:00.000Z");
      expect(identity.authenticatedAtByPortal).toBe(true);
    }
  });

  it("without a certificate, says none was returned (not that it was unreadable)", () => {
    for (const certificate of [undefined, null, { name: "/C=EE" }]) {
      const identity = read({ certificate });
      expect(identity.certificateDer).toBeNull();
      expect(identity.noCertificateReturned).toBe(true);
      expect(identity.givenName).toBe("OK");
    }
    const unreadable = read({ certificate: { value: Buffer.from("not a certificate").toString("base64") } });
    expect(unreadable.certificateDer).toBeNull();
    expect(unreadable.noCertificateReturned).toBeUndefined();
  });

  it("keeps a method it does not know, and shows it as the gateway wrote it", () => {
    const identity = read({ authentication_method: "eparaksts" });
    expect(identity.method).toBe("eparaksts");
    // The dashboard names the methods it knows and shows any other as the gateway wrote it.
    expect(isKnownMethod(identity.method)).toBe(false);
    expect(isKnownMethod("smartid")).toBe(true);
    expect(isKnownMethod("toString")).toBe(false);
  });
});
