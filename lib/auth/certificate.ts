import "server-only";
import { X509Certificate } from "node:crypto";
import { pemFromDer } from "./identity";

/** What the dashboard shows of the authentication certificate, parsed on the server by Node's own X.509 code. */
export interface CertificateSummary {
  subject: string[];
  issuer: string[];
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  fingerprint256: string;
  keyType: string;
}

export function summarizeCertificate(derBase64: string | null): CertificateSummary | null {
  if (!derBase64) return null;
  try {
    const certificate = new X509Certificate(pemFromDer(derBase64));
    return {
      subject: certificate.subject.split("\n"),
      issuer: certificate.issuer.split("\n"),
      serialNumber: certificate.serialNumber,
      validFrom: new Date(certificate.validFrom),
      validTo: new Date(certificate.validTo),
      fingerprint256: certificate.fingerprint256,
      keyType: certificate.publicKey.asymmetricKeyType ?? "unknown",
    };
  } catch {
    return null;
  }
}
