import "server-only";
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API loaded first.
import "reflect-metadata";
import { randomBytes, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import type { DemoIdentity } from "./identities";
import type { AuthMethod } from "./model";

/**
 * Real X.509 authentication certificates for the demo identities, issued by the emulator's own test CA. They parse
 * and verify like real ones, but chain to nothing anyone trusts: the CA says so in its name. Keys are ECDSA P-256
 * through WebCrypto, so a whole set is made in milliseconds. Everything is made once per server process and kept on
 * globalThis, like the session store.
 */

/** Attributes in certificate order, as `[short name, OID, value]`. */
type DnPart = readonly [short: string, oid: string, value: string];

const OID = {
  country: "2.5.4.6",
  organisation: "2.5.4.10",
  organisationUnit: "2.5.4.11",
  commonName: "2.5.4.3",
  surname: "2.5.4.4",
  givenName: "2.5.4.42",
  serialNumber: "2.5.4.5",
} as const;

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
const VALIDITY_YEARS = 5;
const KEY_ALGORITHM: EcKeyGenParams = { name: "ECDSA", namedCurve: "P-256" };
const SIGNING_ALGORITHM: EcdsaParams = { name: "ECDSA", hash: "SHA-256" };

export const EMULATOR_CA_SUBJECT: readonly DnPart[] = [
  ["C", OID.country, "EE"],
  ["O", OID.organisation, "Identity Gateway Emulator (test only, not trusted)"],
  ["CN", OID.commonName, "TEST of Identity Gateway Emulator CA"],
];

export interface IssuedCertificate {
  pem: string;
  /** Hex, as in the certificate. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  subject: readonly DnPart[];
  issuer: readonly DnPart[];
}

interface EmulatorCa {
  keys: CryptoKeyPair;
  certificate: x509.X509Certificate;
}

const CACHE = Symbol.for("smart-id-plus-portal.emulator.certificates");

interface CertificateCache {
  ca?: Promise<EmulatorCa>;
  issued: Map<string, Promise<IssuedCertificate>>;
}

type Holder = typeof globalThis & { [CACHE]?: CertificateCache };

function cache(): CertificateCache {
  const holder = globalThis as Holder;
  holder[CACHE] ??= { issued: new Map() };
  return holder[CACHE];
}

const crypto = webcrypto as unknown as Crypto;

function toJsonName(parts: readonly DnPart[]): x509.JsonName {
  return parts.map(([, oid, value]) => ({ [oid]: [value] }));
}

/** A positive serial of 16 random bytes, hex. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString("hex");
}

/** Whole seconds: certificates cannot hold milliseconds, and the answer should show the same instant. */
/**
 * The start of the UTC day `years` before `now`. Certificates are made on first use, but a real person's
 * authentication certificate was issued when their account was registered, long before this sign-in; backdating
 * keeps `valid_from` before `date_authenticated`, as a client checking validity expects.
 */
function backdated(now: Date, years: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
}

function addYears(date: Date, years: number): Date {
  const end = new Date(date);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return new Date(end.getTime() - 1000);
}

async function createCa(now: Date): Promise<EmulatorCa> {
  const keys = (await crypto.subtle.generateKey(KEY_ALGORITHM, false, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = backdated(now, 2);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: toJsonName(EMULATOR_CA_SUBJECT),
      notBefore,
      notAfter: addYears(notBefore, 10),
      signingAlgorithm: SIGNING_ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { keys, certificate };
}

function emulatorCa(now: Date): Promise<EmulatorCa> {
  const store = cache();
  store.ca ??= createCa(now).catch((error: unknown) => {
    store.ca = undefined;
    throw error;
  });
  return store.ca;
}

/** The subject of a person's authentication certificate, in the order SK's certificates use. */
export function subjectOf(identity: DemoIdentity): DnPart[] {
  return [
    ["C", OID.country, identity.country],
    ["CN", OID.commonName, `${identity.surname},${identity.givenName}`],
    ["SN", OID.surname, identity.surname],
    ["GN", OID.givenName, identity.givenName],
    ["serialNumber", OID.serialNumber, identity.key],
    ["OU", OID.organisationUnit, "AUTHENTICATION"],
  ];
}

async function issue(identity: DemoIdentity, now: Date): Promise<IssuedCertificate> {
  const ca = await emulatorCa(now);
  const keys = (await crypto.subtle.generateKey(KEY_ALGORITHM, false, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = backdated(now, 1);
  const notAfter = addYears(notBefore, VALIDITY_YEARS);
  const subject = subjectOf(identity);
  const serialNumber = randomSerial();
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber,
      subject: toJsonName(subject),
      issuer: ca.certificate.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: SIGNING_ALGORITHM,
      publicKey: keys.publicKey,
      signingKey: ca.keys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([CLIENT_AUTH]),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(ca.certificate, false, crypto),
      ],
    },
    crypto,
  );
  return {
    pem: certificate.toString("pem"),
    serialNumber,
    notBefore,
    notAfter,
    subject,
    issuer: EMULATOR_CA_SUBJECT,
  };
}

/**
 * The authentication certificate of this person for this method: made on first use, then the same one for the life
 * of the process (a person's certificate does not change between sign-ins). A failed attempt is not cached.
 */
export function certificateFor(
  identity: DemoIdentity,
  method: AuthMethod,
  now: Date = new Date(),
): Promise<IssuedCertificate> {
  const issued = cache().issued;
  const key = `${identity.key}/${method}`;
  let certificate = issued.get(key);
  if (!certificate) {
    certificate = issue(identity, now).catch((error: unknown) => {
      issued.delete(key);
      throw error;
    });
    issued.set(key, certificate);
  }
  return certificate;
}

/** The PEM of the emulator's test CA, for anyone who wants to verify the chain. */
export async function emulatorCaPem(): Promise<string> {
  return (await emulatorCa(new Date())).certificate.toString("pem");
}
