import "server-only";
import { type KeyObject, X509Certificate } from "node:crypto";
import { pemFromDer } from "./identity";

/** What the dashboard shows of the authentication certificate, parsed on the server by Node's own X.509 code. */
export interface CertificateSummary {
  /** One `NAME=value` attribute per entry, unescaped: each is shown on its own line, so `\,` would only confuse. */
  subject: string[];
  issuer: string[];
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  fingerprint256: string;
  /** e.g. "EC P-256" or "RSA 2048-bit". */
  key: string;
}

export function summarizeCertificate(derBase64: string | null): CertificateSummary | null {
  if (!derBase64) return null;
  try {
    const certificate = new X509Certificate(pemFromDer(derBase64));
    return {
      subject: attributesOf(certificate.subject),
      issuer: attributesOf(certificate.issuer),
      serialNumber: certificate.serialNumber,
      validFrom: new Date(certificate.validFrom),
      validTo: new Date(certificate.validTo),
      fingerprint256: certificate.fingerprint256,
      key: describeKey(certificate.publicKey),
    };
  } catch {
    return null;
  }
}

/** Node writes a distinguished name one attribute a line, escaping `,` `+` `\\` and friends with a backslash. */
function attributesOf(name: string): string[] {
  return name
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/\\(.)/g, "$1"));
}

const CURVE_NAMES: Record<string, string> = { prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" };

function describeKey(key: KeyObject): string {
  const type = (key.asymmetricKeyType ?? "unknown").toUpperCase();
  const details = key.asymmetricKeyDetails;
  if (details?.namedCurve) return `${type} ${CURVE_NAMES[details.namedCurve] ?? details.namedCurve}`;
  if (details?.modulusLength) return `${type} ${details.modulusLength}-bit`;
  return type;
}
