import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { certificateFor, EMULATOR_CA_SUBJECT, emulatorCaPem } from "@/lib/emulator/engine/certificates";
import { DEMO_IDENTITIES, type DemoIdentity, findIdentity } from "@/lib/emulator/engine/identities";
import { END_RESULTS, type FailedEndResult } from "@/lib/emulator/engine/model";
import { completeAs } from "@/lib/emulator/engine/sessions";
import { cancel, fail } from "@/lib/emulator/engine/transitions";
import {
  authenticatedAnswerSchema,
  errorAnswerSchema,
  statusAnswerSchema,
  waitingAnswerSchema,
} from "@/lib/emulator/gateway/answer-schemas";
import { isoWithOffset, statusAnswer } from "@/lib/emulator/gateway/status";
import { newSession, T0 } from "../fixtures";

function identity(key: string): DemoIdentity {
  const found = findIdentity(key);
  if (!found) throw new Error(`no identity ${key}`);
  return found;
}

async function authenticatedAs(key: string, method: "smartid" | "mobile" | "smartcard") {
  const session = newSession();
  const outcome = completeAs(session, key, { method, now: T0 + 7000 });
  expect(outcome.ok).toBe(true);
  const certificate = await certificateFor(identity(key), method);
  return { session, certificate, answer: statusAnswer(session, certificate) };
}

function pemOf(value: string): string {
  return Buffer.from(value, "base64").toString("utf8");
}

describe("status answers", () => {
  it("unknown or expired: 400 Session closed (1005)", () => {
    expect(statusAnswer(undefined)).toEqual({
      httpStatus: 400,
      body: { status: "error", message: "Session closed", code: 1005 },
    });
  });

  it("waiting: 200 code 1003", () => {
    const answer = statusAnswer(newSession());
    expect(answer.httpStatus).toBe(200);
    expect(waitingAnswerSchema.parse(answer.body)).toEqual({
      status: "waiting",
      message: "Waiting for client authentication",
      code: 1003,
    });
  });

  it("cancelled: 400 Authentication cancelled (1006)", () => {
    const session = newSession();
    cancel(session);
    expect(statusAnswer(session)).toEqual({
      httpStatus: 400,
      body: { status: "error", message: "Authentication cancelled", code: 1006 },
    });
  });

  const failed = END_RESULTS.filter((result): result is FailedEndResult => result !== "OK");
  it.each(failed)("%s: a 400 error with its own message", (endResult) => {
    const session = newSession();
    fail(session, endResult, "smartid");
    const answer = statusAnswer(session);
    expect(answer.httpStatus).toBe(400);
    const body = errorAnswerSchema.parse(answer.body);
    if (endResult === "USER_REFUSED" || endResult === "USER_REFUSED_INTERACTION") {
      expect(body).toEqual({ status: "error", message: "Authentication cancelled", code: 1006 });
    } else {
      expect(body.code).toBeGreaterThanOrEqual(1007);
      expect(body.message).not.toBe("Authentication cancelled");
    }
  });

  it("not resident: a 400 of its own (1012) naming the country and supported_residencies", () => {
    const session = newSession({ supported_residencies: ["lt"] });
    completeAs(session, "PNOEE-40404040009", { method: "smartid", now: T0 });
    expect(statusAnswer(session)).toEqual({
      httpStatus: 400,
      body: {
        status: "error",
        message: "Authentication failed: the person's country of residence (EE) is not in supported_residencies",
        code: 1012,
      },
    });
  });

  it("gives each non-refusal end result a different code and message", () => {
    const bodies = (["TIMEOUT", "DOCUMENT_UNUSABLE", "WRONG_VC", "PROTOCOL_FAILURE", "SERVER_ERROR"] as const).map(
      (endResult) => {
        const session = newSession();
        fail(session, endResult, "smartid");
        return errorAnswerSchema.parse(statusAnswer(session).body);
      },
    );
    expect(new Set(bodies.map((body) => body.code)).size).toBe(5);
    expect(new Set(bodies.map((body) => body.message)).size).toBe(5);
    expect(bodies[0]?.message).toMatch(/timed out/);
  });

  it("authenticated with Smart-ID: the full payload, with a real certificate of that person", async () => {
    const { session, answer } = await authenticatedAs("PNOEE-40404040009", "smartid");
    expect(answer.httpStatus).toBe(200);
    const body = authenticatedAnswerSchema.parse(answer.body);
    expect(body).toMatchObject({
      status: "ok",
      code: "40404040009",
      country_code: "ee",
      name: "OK",
      surname: "TESTNUMBER",
      authentication_method: "smartid",
      session_token: session.token,
      date_authenticated: isoWithOffset(T0 + 7000),
    });
    expect(body.phone).toBeUndefined();
    expect(body.certificate.name).toBe("/C=EE/CN=TESTNUMBER,OK/SN=TESTNUMBER/GN=OK/serialNumber=PNOEE-40404040009");
    expect(body.certificate.subject).toEqual({
      country: "EE",
      common_name: "TESTNUMBER,OK",
      surname: "TESTNUMBER",
      name: "OK",
      serial_number: "PNOEE-40404040009",
    });
    expect(body.certificate.issuer.common_name).toMatch(/TEST/);
    expect(body.certificate.issuer.organisation).toMatch(/not trusted/);

    const x509 = new X509Certificate(pemOf(body.certificate.value));
    expect(x509.subject.split("\n")).toEqual([
      "C=EE",
      "CN=TESTNUMBER\\,OK",
      "SN=TESTNUMBER",
      "GN=OK",
      "serialNumber=PNOEE-40404040009",
    ]);
    expect(x509.issuer).toContain(`CN=${EMULATOR_CA_SUBJECT[2]?.[2]}`);
    expect(new Date(x509.validFrom).getTime()).toBe(Date.parse(body.certificate.valid_from));
    expect(new Date(x509.validTo).getTime()).toBe(Date.parse(body.certificate.valid_to));
    const years = (Date.parse(body.certificate.valid_to) - Date.parse(body.certificate.valid_from)) / 31_557_600_000;
    expect(years).toBeGreaterThan(4.99);
    expect(years).toBeLessThan(5.01);
    // Issued before this sign-in, as a registered person's certificate is.
    expect(Date.parse(body.certificate.valid_from)).toBeLessThan(Date.parse(body.date_authenticated));
    expect(x509.ca).toBe(false);
    // SK's Smart-ID authentication extended key usage.
    expect(x509.keyUsage).toEqual(["1.3.6.1.4.1.62306.5.7.0"]);
  });

  it("authenticated with Mobile-ID: adds the phone; names with non-ASCII letters survive", async () => {
    const { answer } = await authenticatedAs("PNOEE-60001019906", "mobile");
    const body = authenticatedAnswerSchema.parse(answer.body);
    expect(body).toMatchObject({
      code: "60001019906",
      authentication_method: "mobile",
      phone: "+37200000766",
      name: "MARY ÄNN",
      surname: "O’CONNEŽ-ŠUSLIK TESTNUMBER",
    });
    // SK's Mobile-ID profile: O and OU, the bare personal code as serialNumber, CN last.
    expect(body.certificate.name).toBe(
      "/C=EE/O=ESTEID (MOBIIL-ID)/OU=authentication/SN=O’CONNEŽ-ŠUSLIK TESTNUMBER/GN=MARY ÄNN" +
        "/serialNumber=60001019906/CN=O’CONNEŽ-ŠUSLIK TESTNUMBER,MARY ÄNN,60001019906",
    );
    expect(body.certificate.subject).toMatchObject({
      serial_number: "60001019906",
      organisation_unit: "authentication",
    });
    const x509 = new X509Certificate(pemOf(body.certificate.value));
    expect(x509.subject).toContain("GN=MARY ÄNN");
    expect(x509.subject).toContain("serialNumber=60001019906");
  });

  it("keeps the Latvian hyphen and lower-cases the country", async () => {
    const { answer } = await authenticatedAs("PNOLV-040404-10003", "smartcard");
    expect(authenticatedAnswerSchema.parse(answer.body)).toMatchObject({
      code: "040404-10003",
      country_code: "lv",
      authentication_method: "smartcard",
    });
  });

  it("issues a different certificate per person and method, and the same one again for the same pair", async () => {
    const ee = await certificateFor(identity("PNOEE-40404040009"), "smartid");
    const again = await certificateFor(identity("PNOEE-40404040009"), "smartid");
    const card = await certificateFor(identity("PNOEE-40404040009"), "smartcard");
    const lt = await certificateFor(identity("PNOLT-40404040009"), "smartid");
    expect(again.pem).toBe(ee.pem);
    expect(card.serialNumber).not.toBe(ee.serialNumber);
    expect(lt.pem).not.toBe(ee.pem);
    const ca = new X509Certificate(await emulatorCaPem());
    expect(ca.ca).toBe(true);
    for (const certificate of [ee, card, lt]) {
      const x509 = new X509Certificate(certificate.pem);
      expect(x509.checkIssued(ca)).toBe(true);
      expect(x509.verify(ca.publicKey)).toBe(true);
    }
  });

  it("every answer of every state parses with the status schema", async () => {
    const answers = [statusAnswer(undefined), statusAnswer(newSession())];
    for (const demo of DEMO_IDENTITIES) {
      const method = demo.methods[0] ?? "smartid";
      const session = newSession();
      completeAs(session, demo.key, { method, now: T0 });
      answers.push(
        statusAnswer(session, session.state.kind === "authenticated" ? await certificateFor(demo, method) : undefined),
      );
    }
    for (const answer of answers) expect(statusAnswerSchema.safeParse(answer.body).success).toBe(true);
  });

  it("reports the gateway's fault rather than a result without its certificate", () => {
    const session = newSession();
    completeAs(session, "PNOEE-40404040009", { method: "smartid", now: T0 });
    expect(statusAnswer(session)).toEqual({
      httpStatus: 500,
      body: {
        status: "error",
        message: "We have encountered some problems. It will be fixed soon!",
        error_code: 500,
      },
    });
  });
});

describe("dates", () => {
  it("are written in the gateway's local time with the offset", () => {
    expect(isoWithOffset(Date.UTC(2026, 10, 26, 13, 9, 6))).toBe("2026-11-26T15:09:06+02:00");
    expect(isoWithOffset(Date.UTC(2026, 6, 1, 12, 0, 0))).toBe("2026-07-01T15:00:00+03:00");
  });
});
