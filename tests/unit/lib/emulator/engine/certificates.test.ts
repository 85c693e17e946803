import "reflect-metadata";
import { X509Certificate } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { certificateFor, emulatorCaPem } from "@/lib/emulator/engine/certificates";
import { type DemoIdentity, findIdentity } from "@/lib/emulator/engine/identities";
import type { AuthMethod } from "@/lib/emulator/engine/model";
import { MemoryStateStore } from "@/lib/shared/store/memory-store";

/**
 * The issued certificates against SK's published test certificates (smart-id-v3.md, "Demo certificates"): parsed
 * with Node's own X509Certificate, and with @peculiar/x509 for what Node does not expose (policies, key usage bits,
 * the directoryName inside the subjectAltName).
 */

function identity(key: string): DemoIdentity {
  const found = findIdentity(key);
  if (!found) throw new Error(`no demo identity ${key}`);
  return found;
}

async function issued(key: string, method: AuthMethod) {
  const { pem } = await certificateFor(identity(key), method);
  return { node: new X509Certificate(pem), parsed: new x509.X509Certificate(pem) };
}

function policies(certificate: x509.X509Certificate): readonly string[] | undefined {
  return certificate.getExtension(x509.CertificatePolicyExtension)?.policies;
}

function keyUsage(certificate: x509.X509Certificate) {
  const extension = certificate.getExtension(x509.KeyUsagesExtension);
  return { usages: extension?.usages, critical: extension?.critical };
}

describe("Smart-ID authentication certificates follow SK's test-certificate profile", () => {
  it("subject C, CN, SN, GN and serialNumber, with no O or OU", async () => {
    const { node } = await issued("PNOLV-040404-10003", "smartid");
    expect(node.subject.split("\n")).toEqual([
      "C=LV",
      "CN=TESTNUMBER\\,OK",
      "SN=TESTNUMBER",
      "GN=OK",
      "serialNumber=PNOLV-040404-10003",
    ]);
  });

  it("the document number in a subjectAltName directoryName holding a CN, as SK puts it", async () => {
    const { node, parsed } = await issued("PNOEE-40404040009", "smartid");
    const names = parsed.getExtension(x509.SubjectAlternativeNameExtension)?.names.toJSON();
    expect(names).toEqual([{ type: "dn", value: "CN=PNOEE-40404040009-MOCK-Q" }]);
    expect(node.subjectAltName).toContain("PNOEE-40404040009-MOCK-Q");
  });

  it("SK's qualified Smart-ID policy and NCP+, digitalSignature only, SK's Smart-ID authentication EKU", async () => {
    const { node, parsed } = await issued("PNOEE-40404040009", "smartid");
    expect(policies(parsed)).toEqual(["1.3.6.1.4.1.10015.17.2", "0.4.0.2042.1.2"]);
    expect(keyUsage(parsed)).toEqual({ usages: x509.KeyUsageFlags.digitalSignature, critical: true });
    expect(node.keyUsage).toEqual(["1.3.6.1.4.1.62306.5.7.0"]);
    expect(node.ca).toBe(false);
  });

  it("an EC P-256 key, signed by the emulator's own test CA, which says so in its name", async () => {
    const { node } = await issued("PNOEE-40404040009", "smartid");
    const ca = new X509Certificate(await emulatorCaPem());
    expect(node.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(node.checkIssued(ca)).toBe(true);
    expect(node.verify(ca.publicKey)).toBe(true);
    expect(node.issuer).toContain("CN=TEST of Identity Gateway Emulator CA");
  });
});

describe("Mobile-ID authentication certificates follow SK's demo Mobile-ID certificate", () => {
  it("subject C, O, OU, SN, GN, the bare personal code as serialNumber, and CN last", async () => {
    const { node } = await issued("PNOEE-60001019906", "mobile");
    expect(node.subject.split("\n")).toEqual([
      "C=EE",
      "O=ESTEID (MOBIIL-ID)",
      "OU=authentication",
      "SN=O’CONNEŽ-ŠUSLIK TESTNUMBER",
      "GN=MARY ÄNN",
      "serialNumber=60001019906",
      "CN=O’CONNEŽ-ŠUSLIK TESTNUMBER\\,MARY ÄNN\\,60001019906",
    ]);
  });

  it("SK's Mobile-ID policy and NCP+, digitalSignature and keyAgreement, no EKU and no subjectAltName", async () => {
    const { node, parsed } = await issued("PNOEE-60001019906", "mobile");
    expect(policies(parsed)).toEqual(["1.3.6.1.4.1.10015.3.1.3", "0.4.0.2042.1.2"]);
    expect(keyUsage(parsed)).toEqual({
      usages: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement,
      critical: true,
    });
    expect(node.keyUsage).toBeUndefined();
    expect(node.subjectAltName).toBeUndefined();
  });
});

describe("ID card certificates", () => {
  it("carry the Smart-ID subject, TLS client authentication and no SK policy", async () => {
    const { node, parsed } = await issued("PNOEE-40404040009", "smartcard");
    expect(node.subject).not.toContain("OU=");
    expect(node.subject).toContain("serialNumber=PNOEE-40404040009");
    expect(node.keyUsage).toEqual(["1.3.6.1.5.5.7.3.2"]);
    expect(policies(parsed)).toBeUndefined();
    expect(node.subjectAltName).toBeUndefined();
  });
});

describe("one set of certificates for every instance", () => {
  it("is made once, kept in the state store, and read back by whoever needs it", async () => {
    const store = new MemoryStateStore();
    const identity = findIdentity("PNOEE-40404040009");
    if (!identity) throw new Error("no demo identity");
    const first = await certificateFor(identity, "smartid", store);
    expect(await store.get("certificates")).toBeDefined();
    expect((await certificateFor(identity, "smartid", store)).pem).toBe(first.pem);
    // Another instance on the same store (no cache of its own yet) reads the same set.
    const stored = (await store.get("certificates")) as unknown as {
      issued: Record<string, { pem: string }>;
    };
    expect(stored.issued["PNOEE-40404040009/smartid"]?.pem).toBe(first.pem);
    // Another store, another deployment: its own set.
    expect((await certificateFor(identity, "smartid", new MemoryStateStore())).pem).not.toBe(first.pem);
  });
});
