import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarizeCertificate } from "@/lib/portal/auth/certificate";
import { countryName } from "@/lib/portal/auth/sign-in-request";
import { TEST_CERTIFICATE_PEM } from "../../../support/gateway-fakes";

describe("the certificate summary on the dashboard", () => {
  const certificate = new X509Certificate(TEST_CERTIFICATE_PEM);
  const summary = summarizeCertificate(certificate.raw.toString("base64"));

  it("lists the subject one attribute a line, with a comma inside a value left as it is", () => {
    expect(summary?.subject).toEqual([
      "C=EE",
      "CN=TESTNUMBER,OK",
      "SN=TESTNUMBER",
      "GN=OK",
      "serialNumber=PNOEE-40404040009",
    ]);
  });

  it("names the key with its curve", () => {
    expect(summary?.key).toBe("EC P-256");
  });

  it("keeps the fingerprint that Node computes", () => {
    expect(summary?.fingerprint256).toBe(certificate.fingerprint256);
  });

  it("is null when there is no readable certificate", () => {
    expect(summarizeCertificate(null)).toBeNull();
    expect(summarizeCertificate(Buffer.from("not a certificate").toString("base64"))).toBeNull();
  });
});

/** Certificates as the emulator issues them on SK's test-certificate profiles (written by its certificate engine). */
const derOfFixture = (name: string) =>
  new X509Certificate(readFileSync(new URL(`../../../support/${name}`, import.meta.url))).raw.toString("base64");

describe("the certificate summary with SK's test-certificate profiles", () => {
  it("reads a Smart-ID certificate (no OU, a subjectAltName, SK's policies)", () => {
    const summary = summarizeCertificate(derOfFixture("emulator-smartid-certificate.pem"));
    expect(summary?.subject).toEqual([
      "C=EE",
      "CN=TESTNUMBER,OK",
      "SN=TESTNUMBER",
      "GN=OK",
      "serialNumber=PNOEE-40404040009",
    ]);
    expect(summary?.issuer).toContain("CN=TEST of Identity Gateway Emulator CA");
    expect(summary?.key).toBe("EC P-256");
  });

  it("reads a Mobile-ID certificate (O and OU, the bare code, non-ASCII names, CN last)", () => {
    const summary = summarizeCertificate(derOfFixture("emulator-mobile-id-certificate.pem"));
    expect(summary?.subject).toEqual([
      "C=EE",
      "O=ESTEID (MOBIIL-ID)",
      "OU=authentication",
      "SN=O’CONNEŽ-ŠUSLIK TESTNUMBER",
      "GN=MARY ÄNN",
      "serialNumber=60001019906",
      "CN=O’CONNEŽ-ŠUSLIK TESTNUMBER,MARY ÄNN,60001019906",
    ]);
  });
});

describe("country names", () => {
  it("reads the gateway's upper-case code and the form's lower-case one, in the reader's language", () => {
    expect(countryName("EE", "en")).toBe("Estonia");
    expect(countryName("lv", "en")).toBe("Latvia");
    expect(countryName("EE", "lt")).toBe("Estija");
    expect(countryName("LT", "lv")).toBe("Lietuva");
    expect(countryName("LV", "et")).toBe("Läti");
    expect(countryName("be", "ru")).toBe("Бельгия");
  });

  it("names any ISO 3166-1 country the gateway answers, not only the form's four", () => {
    expect(countryName("FI", "en")).toBe("Finland");
  });

  it("has no name for something that is not a country code", () => {
    expect(countryName("QQ", "en")).toBeUndefined();
    expect(countryName("constructor", "en")).toBeUndefined();
    expect(countryName("", "en")).toBeUndefined();
  });
});
