import type { IssuedCertificate } from "../engine/certificates";
import { type DemoIdentity, findIdentity } from "../engine/identities";
import type { EmulatorSession, FailedEndResult } from "../engine/model";
import type { HttpAnswer } from "../http";
import type { AuthenticatedAnswer, ErrorAnswer, StatusAnswerBody } from "./answer-schemas";

/**
 * `GET /api/authentication/{token}/status` as a pure mapping from a session to an answer (identity-gateway.md,
 * status table). The 1003/1005/1006 codes are the gateway's; the others are the emulator's own, one per Smart-ID end
 * result and 1012 for a residency the integrator does not support, so a client can tell a time-out from a refusal
 * without parsing messages.
 */

export type StatusAnswer = HttpAnswer<StatusAnswerBody>;

export const WAITING_ANSWER = {
  status: "waiting",
  message: "Waiting for client authentication",
  code: 1003,
} as const;

export const SESSION_CLOSED: ErrorAnswer = { status: "error", message: "Session closed", code: 1005 };
export const AUTHENTICATION_CANCELLED: ErrorAnswer = {
  status: "error",
  message: "Authentication cancelled",
  code: 1006,
};
export const GATEWAY_FAULT: ErrorAnswer = {
  status: "error",
  message: "We have encountered some problems. It will be fixed soon!",
  error_code: 500,
};

/** What each failed end result answers. Refusals read as a cancel, as the person chose to stop. */
export const END_RESULT_ANSWERS: Record<FailedEndResult, ErrorAnswer> = {
  USER_REFUSED: AUTHENTICATION_CANCELLED,
  USER_REFUSED_INTERACTION: AUTHENTICATION_CANCELLED,
  TIMEOUT: { status: "error", message: "Authentication timed out: the request was not answered in time", code: 1007 },
  DOCUMENT_UNUSABLE: {
    status: "error",
    message: "Authentication failed: the user's account or certificate cannot be used",
    code: 1008,
  },
  WRONG_VC: {
    status: "error",
    message: "Authentication failed: the user chose the wrong verification code",
    code: 1009,
  },
  PROTOCOL_FAILURE: {
    status: "error",
    message: "Authentication failed: the Smart-ID app could not complete the request",
    code: 1010,
  },
  SERVER_ERROR: {
    status: "error",
    message: "Authentication failed: the authentication service had a technical error",
    code: 1011,
  },
};

/**
 * A person the integrator's `supported_residencies` do not admit: a 400 of its own, in the emulator's wording for
 * failures, naming the country and the parameter [CHOICE; the real gateway's answer is undocumented].
 */
export function notResidentAnswer(country: string): ErrorAnswer {
  return {
    status: "error",
    message: `Authentication failed: the person's country of residence (${country}) is not in supported_residencies`,
    code: 1012,
  };
}

const GATEWAY_TIME_ZONE = "Europe/Vilnius";

const offsetFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: GATEWAY_TIME_ZONE,
  timeZoneName: "longOffset",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** ISO-8601 in the gateway's local time with its offset, as the real gateway writes dates: 2026-11-26T17:09:06+02:00. */
export function isoWithOffset(epochMs: number): string {
  const parts = Object.fromEntries(offsetFormatter.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  // "GMT+02:00", or bare "GMT" at a zero offset.
  const offset = (parts.timeZoneName ?? "GMT").replace("GMT", "") || "+00:00";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

type DnPart = IssuedCertificate["subject"][number];

function attribute(parts: readonly DnPart[], short: string): string {
  return parts.find(([name]) => name === short)?.[2] ?? "";
}

/** The one-line subject as PHP's openssl_x509_parse writes `name`: /C=EE/CN=TESTNUMBER,OK/… */
function onelineName(parts: readonly DnPart[]): string {
  return parts.map(([short, , value]) => `/${short}=${value}`).join("");
}

/** The certificate as the gateway describes it; `organisation_unit` only where the subject has an OU (Mobile-ID). */
export function certificateAnswer(certificate: IssuedCertificate): AuthenticatedAnswer["certificate"] {
  const { subject, issuer } = certificate;
  const unit = attribute(subject, "OU");
  return {
    name: onelineName(subject),
    subject: {
      country: attribute(subject, "C"),
      common_name: attribute(subject, "CN"),
      surname: attribute(subject, "SN"),
      name: attribute(subject, "GN"),
      serial_number: attribute(subject, "serialNumber"),
      ...(unit ? { organisation_unit: unit } : {}),
    },
    issuer: {
      country: attribute(issuer, "C"),
      organisation: attribute(issuer, "O"),
      common_name: attribute(issuer, "CN"),
    },
    valid_from: isoWithOffset(certificate.notBefore.getTime()),
    valid_to: isoWithOffset(certificate.notAfter.getTime()),
    value: Buffer.from(certificate.pem, "utf8").toString("base64"),
  };
}

function authenticatedAnswer(
  session: EmulatorSession,
  identity: DemoIdentity,
  certificate: IssuedCertificate,
): AuthenticatedAnswer {
  if (session.state.kind !== "authenticated") throw new Error("the session is not authenticated");
  const { result } = session.state;
  return {
    status: "ok",
    code: identity.nationalCode,
    country_code: identity.country.toLowerCase(),
    name: identity.givenName,
    surname: identity.surname,
    authentication_method: result.method,
    date_authenticated: isoWithOffset(result.authenticatedAt),
    session_token: session.token,
    ...(result.method === "mobile" ? { phone: result.phone ?? identity.phone ?? "" } : {}),
    certificate: certificateAnswer(certificate),
  };
}

/**
 * The answer for a session, or for no session (unknown or expired token). An authenticated session needs the
 * person's certificate; without it the gateway reports its own fault rather than an incomplete result.
 */
export function statusAnswer(session: EmulatorSession | undefined, certificate?: IssuedCertificate): StatusAnswer {
  if (!session) return { httpStatus: 400, body: SESSION_CLOSED };
  switch (session.state.kind) {
    case "waiting":
      return { httpStatus: 200, body: WAITING_ANSWER };
    case "cancelled":
      return { httpStatus: 400, body: AUTHENTICATION_CANCELLED };
    case "failed":
      return { httpStatus: 400, body: END_RESULT_ANSWERS[session.state.endResult] };
    case "not-resident":
      return { httpStatus: 400, body: notResidentAnswer(session.state.country) };
    case "authenticated": {
      const identity = findIdentity(session.state.result.identityKey);
      if (!identity || !certificate) return { httpStatus: 500, body: GATEWAY_FAULT };
      return { httpStatus: 200, body: authenticatedAnswer(session, identity, certificate) };
    }
  }
}
