// Engine: the test certificates of the demo identities, one set for every instance.
import "server-only";
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API loaded first.
import "reflect-metadata";
import { randomBytes, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { processSingleton } from "../../shared/process-singleton";
import { emulatorStateStore } from "../../shared/store/shared";
import type { Json, StateStore } from "../../shared/store/state-store";
import { DEMO_IDENTITIES, type DemoIdentity } from "./identities";
import type { AuthMethod } from "./model";

/**
 * Real X.509 authentication certificates for the demo identities, issued by the emulator's own test CA. They follow
 * SK ID Solutions' published test certificates (smart-id-v3.md, "Demo certificates") in subject, policies, key usage
 * and subjectAltName, so a client that reads those fields sees what SK's demo environment would give it; but they
 * chain to nothing anyone trusts, and the CA says so in its name. Keys are ECDSA P-256 through WebCrypto (SK's
 * Smart-ID keys are RSA 6144, which would take seconds per person to make), so a whole set is made in milliseconds.
 * The whole set is made once and kept in the emulator's state store, so every instance answers with the same.
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

/** The certificate policies, key usage and extended key usage SK sets, per method. */
export const CERTIFICATE_PROFILES = {
  /**
   * SK's Smart-ID qualified authentication certificates since April 2025 (TEST of SK ID Solutions EID-Q 2024E):
   * SK's qualified Smart-ID policy and ETSI's NCP+, key usage digitalSignature only, and SK's Smart-ID authentication
   * extended key usage.
   */
  smartid: {
    policies: ["1.3.6.1.4.1.10015.17.2", "0.4.0.2042.1.2"],
    keyUsage: ["digitalSignature"],
    extendedKeyUsage: ["1.3.6.1.4.1.62306.5.7.0"],
  },
  /** SK's Mobile-ID demo authentication certificate (TEST of ESTEID-SK 2015): Mobile-ID policy and NCP+, no EKU. */
  mobile: {
    policies: ["1.3.6.1.4.1.10015.3.1.3", "0.4.0.2042.1.2"],
    keyUsage: ["digitalSignature", "keyAgreement"],
    extendedKeyUsage: [],
  },
  /** Not modelled on an SK sample: a plain TLS client authentication certificate. */
  smartcard: {
    policies: [],
    keyUsage: ["digitalSignature"],
    extendedKeyUsage: ["1.3.6.1.5.5.7.3.2"],
  },
} as const satisfies Record<
  AuthMethod,
  {
    policies: readonly string[];
    keyUsage: readonly ("digitalSignature" | "keyAgreement")[];
    extendedKeyUsage: readonly string[];
  }
>;

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

/** Mobile-ID certificates name the issuing service as SK's Estonian demo certificate does. */
const MOBILE_ID_ORGANISATION = "ESTEID (MOBIIL-ID)";
const MOBILE_ID_UNIT = "authentication";

/**
 * The subject of a person's authentication certificate, in the order SK's certificates use. Smart-ID (and the ID
 * card): C, CN "SURNAME,GIVEN", SN, GN and the ETSI semantics identifier as serialNumber, with no O or OU. Mobile-ID,
 * as SK's demo Mobile-ID certificate: C, O, OU, SN, GN, the bare personal code as serialNumber, and CN last with
 * the code in it.
 */
export function subjectOf(identity: DemoIdentity, method: AuthMethod): DnPart[] {
  const { country, surname, givenName } = identity;
  if (method === "mobile") {
    return [
      ["C", OID.country, country],
      ["O", OID.organisation, MOBILE_ID_ORGANISATION],
      ["OU", OID.organisationUnit, MOBILE_ID_UNIT],
      ["SN", OID.surname, surname],
      ["GN", OID.givenName, givenName],
      ["serialNumber", OID.serialNumber, identity.nationalCode],
      ["CN", OID.commonName, `${surname},${givenName},${identity.nationalCode}`],
    ];
  }
  return [
    ["C", OID.country, country],
    ["CN", OID.commonName, `${surname},${givenName}`],
    ["SN", OID.surname, surname],
    ["GN", OID.givenName, givenName],
    ["serialNumber", OID.serialNumber, identity.key],
  ];
}

const KEY_USAGE_FLAGS = {
  digitalSignature: x509.KeyUsageFlags.digitalSignature,
  keyAgreement: x509.KeyUsageFlags.keyAgreement,
} as const;

/**
 * The profile's extensions. SK puts the Smart-ID document number (`PNOEE-40404040009-MOCK-Q`) in the subjectAltName
 * as a directoryName holding a single CN.
 */
async function extensionsFor(
  identity: DemoIdentity,
  method: AuthMethod,
  publicKey: CryptoKey,
  ca: EmulatorCa,
): Promise<x509.Extension[]> {
  const profile = CERTIFICATE_PROFILES[method];
  const usage = profile.keyUsage.reduce((flags, name) => flags | KEY_USAGE_FLAGS[name], 0);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, false),
    new x509.KeyUsagesExtension(usage, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
    await x509.AuthorityKeyIdentifierExtension.create(ca.certificate, false, crypto),
  ];
  if (profile.policies.length > 0) extensions.push(new x509.CertificatePolicyExtension([...profile.policies]));
  if (profile.extendedKeyUsage.length > 0) {
    extensions.push(new x509.ExtendedKeyUsageExtension([...profile.extendedKeyUsage]));
  }
  if (method === "smartid" && identity.documentNumber) {
    extensions.push(new x509.SubjectAlternativeNameExtension([{ type: "dn", value: `CN=${identity.documentNumber}` }]));
  }
  return extensions;
}

async function issue(
  identity: DemoIdentity,
  method: AuthMethod,
  ca: EmulatorCa,
  now: Date,
): Promise<IssuedCertificate> {
  const keys = (await crypto.subtle.generateKey(KEY_ALGORITHM, false, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = backdated(now, 1);
  const notAfter = addYears(notBefore, VALIDITY_YEARS);
  const subject = subjectOf(identity, method);
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
      extensions: await extensionsFor(identity, method, keys.publicKey, ca),
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

/** The whole set as the state store holds it: plain JSON, instants as ISO text. */
interface StoredSet {
  ca: string;
  issued: Record<string, Omit<IssuedCertificate, "notBefore" | "notAfter"> & { notBefore: string; notAfter: string }>;
}

const SET_KEY = "certificates";
/** The certificates are valid for years; the set is made anew after this, as if the CA had been re-keyed. */
const SET_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** How long an instance keeps the set it read before it looks at the store again. */
const SET_CACHE_MS = 10 * 60 * 1000;

const keyOf = (identity: DemoIdentity, method: AuthMethod) => `${identity.key}/${method}`;

/** The CA and every demo person's certificate for every method they hold, made in one go (keys never stored). */
async function issueSet(now: Date): Promise<StoredSet> {
  const ca = await createCa(now);
  const issued: StoredSet["issued"] = {};
  for (const identity of DEMO_IDENTITIES) {
    for (const method of identity.methods) {
      const certificate = await issue(identity, method, ca, now);
      issued[keyOf(identity, method)] = {
        ...certificate,
        notBefore: certificate.notBefore.toISOString(),
        notAfter: certificate.notAfter.toISOString(),
      };
    }
  }
  return { ca: ca.certificate.toString("pem"), issued };
}

/**
 * The set every instance answers with: the first instance to need it makes it and puts it in the emulator's state
 * store (put-if-absent), and every instance — itself included — then uses what the store holds. So a person has one
 * certificate, whichever instance answers the status call, for as long as the store keeps it.
 */
async function sharedSet(store: StateStore, now: Date): Promise<StoredSet> {
  const caches = processSingleton(
    "emulator.certificates",
    () => new WeakMap<StateStore, { set: StoredSet; readAt: number }>(),
  );
  const cache = caches.get(store);
  if (cache && Date.now() - cache.readAt < SET_CACHE_MS) return cache.set;
  let set = (await store.get<Json>(SET_KEY)) as StoredSet | undefined;
  if (!set) {
    await store.putIfAbsent(SET_KEY, (await issueSet(now)) as unknown as Json, SET_TTL_MS);
    set = (await store.get<Json>(SET_KEY)) as StoredSet | undefined;
  }
  if (!set) throw new Error("the certificate set could not be kept in the state store");
  caches.set(store, { set, readAt: Date.now() });
  return set;
}

/**
 * The authentication certificate of this person for this method: one per person and method, issued before anyone
 * signs in (a registered person's certificate exists before the sign-in), the same on every instance.
 */
export async function certificateFor(
  identity: DemoIdentity,
  method: AuthMethod,
  store: StateStore = emulatorStateStore(),
  now: Date = new Date(),
): Promise<IssuedCertificate> {
  const stored = (await sharedSet(store, now)).issued[keyOf(identity, method)];
  if (!stored) throw new Error(`no certificate for ${identity.key} by ${method}`);
  return { ...stored, notBefore: new Date(stored.notBefore), notAfter: new Date(stored.notAfter) };
}

/** The PEM of the emulator's test CA, for anyone who wants to verify the chain. */
export async function emulatorCaPem(store: StateStore = emulatorStateStore()): Promise<string> {
  return (await sharedSet(store, new Date())).ca;
}
