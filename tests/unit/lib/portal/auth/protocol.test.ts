import { describe, expect, it } from "vitest";
import {
  type BindingState,
  MAX_SEALED_BINDING_LENGTH,
  sealBinding,
  sealBindingToFit,
  unsealBinding,
} from "@/lib/portal/auth/binding";
import {
  app2appRecord,
  createRecord,
  type ExchangeRecord,
  elide,
  MAX_RECORDS,
  redactPayload,
  redirectRecord,
  returnRecord,
  sentBodyOf,
  sessionRecord,
  statusRecord,
  withRecord,
} from "@/lib/portal/auth/protocol";
import type { AuthenticatedAnswer, CreateBody } from "@/lib/portal/gateway/schemas";
import { ACCESS_TOKEN, authenticatedAnswer, TOKEN } from "../../../support/gateway-fakes";

const START = Date.parse("2026-11-26T12:00:00Z");
const SECRET = "unit-test-secret-unit-test-secret-unit-test";
const APP = "https://portal.example.com";
const GATEWAY_PAGE = `https://id-sandbox.dokobit.com/auth/${TOKEN}`;

/** The longest create body the sign-in form can produce. */
const SENT: CreateBody = {
  return_url: `${APP}/api/gateway/return`,
  smartid_qr_flow: true,
  app2app_url: `${APP}/api/gateway/app2app`,
  authentication_methods: ["smartid", "mobile", "smartcard"],
  country_code: "lv",
  code: "040404-10003",
  phone: "+37200000766",
};
/** A real same-device callback: three 43-character base64url secrets. */
const CALLBACK_QUERY = `value=${"V".repeat(43)}&sessionSecretDigest=${"D".repeat(43)}&userChallengeVerifier=${"U".repeat(43)}`;

/** Every way a secret could leak: whole, or its hidden part. */
function expectNoSecret(value: unknown, secrets: string[]) {
  const text = JSON.stringify(value);
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    if (secret.length >= 16) expect(text).not.toContain(secret.slice(8));
  }
}

describe("redaction for the protocol view", () => {
  it("elides a session token to its first four characters", () => {
    expect(elide(TOKEN)).toBe("02f9…(elided)");
  });

  it("elides the session token wherever it occurs, and withholds nonces, seals, callback secrets and cookies", () => {
    const redacted = redactPayload(
      {
        session_token: TOKEN,
        url: GATEWAY_PAGE,
        nested: { message: `token ${TOKEN} and ${ACCESS_TOKEN}`, list: [TOKEN] },
        access_token: ACCESS_TOKEN,
        nonce: "abcdefghijklmnopqrstuvwx",
        seal: "v1.iv.body",
        cookie: "portal.sign-in=v1.secret",
        userChallengeVerifier: "U".repeat(43),
      },
      [TOKEN, ACCESS_TOKEN],
    );
    expectNoSecret(redacted, [
      TOKEN,
      ACCESS_TOKEN,
      "abcdefghijklmnopqrstuvwx",
      "v1.iv.body",
      "v1.secret",
      "U".repeat(43),
    ]);
    expect(redacted.session_token).toBe("02f9…(elided)");
    expect(redacted.url).toBe("https://id-sandbox.dokobit.com/auth/02f9…(elided)");
    expect(redacted.nonce).toBe("(24 characters, withheld)");
    expect(redacted.access_token).toBe("(30 characters, withheld)");
  });

  it("shortens the certificate and keeps the person's fields as read", () => {
    const answer = authenticatedAnswer() as Record<string, unknown>;
    const redacted = redactPayload(answer, []);
    const certificate = redacted.certificate as { value: string };
    expect(certificate.value).toMatch(/^.{24}… \(\d+ characters\)$/);
    expect(redacted).toMatchObject({ name: "OK", surname: "TESTNUMBER", code: "40404040009", status: "ok" });
  });

  it("bounds what it keeps: long texts cut, deep nesting and long lists stopped", () => {
    const redacted = redactPayload(
      {
        long: "x".repeat(5000),
        deep: { a: { b: { c: { d: { e: 1 } } } } },
        list: Array.from({ length: 100 }, () => 1),
      },
      [],
    );
    expect((redacted.long as string).length).toBeLessThanOrEqual(241);
    expect(JSON.stringify(redacted.deep)).toContain("(…)");
    expect(redacted.list).toHaveLength(12);
  });
});

describe("the records of a sign-in", () => {
  it("create: what was sent and the answer, with timing and HTTP status, and no token", () => {
    const record = createRecord(
      SENT,
      { status: "ok", session_token: TOKEN, url: GATEWAY_PAGE, expires_in: 3600 },
      { startedAt: START, endedAt: START + 45, httpStatus: 200, attempt: 1 },
      [ACCESS_TOKEN],
    );
    expect(record).toMatchObject({ step: "create", startedAt: START, endedAt: START + 45, httpStatus: 200 });
    expect(record.attempts).toBeUndefined();
    expect(record.request).toMatchObject({ method: "POST", path: "/api/authentication/create", body: SENT });
    // The redirect page lists what was sent from this record.
    expect(sentBodyOf([record])).toEqual(SENT);
    expect(record.answer).toEqual({
      status: "ok",
      session_token: "02f9…(elided)",
      url: "https://id-sandbox.dokobit.com/auth/02f9…(elided)",
      expires_in: 3600,
    });
    expectNoSecret(record, [TOKEN, ACCESS_TOKEN]);
  });

  it("create after a retry says how many tries it took", () => {
    const record = createRecord(
      SENT,
      { status: "ok", session_token: TOKEN, expires_in: undefined },
      { startedAt: START, endedAt: START + 900, httpStatus: 200, attempt: 3 },
      [],
    );
    expect(record.attempts).toBe(3);
  });

  it("redirect: the hosted page's address with the token elided", () => {
    const record = redirectRecord(START + 500, `${GATEWAY_PAGE}?_locale=lt`, TOKEN);
    expect(record).toMatchObject({ step: "redirect", startedAt: START + 500, httpStatus: 303 });
    expect(record.answer?.location).toBe("https://id-sandbox.dokobit.com/auth/02f9…(elided)?_locale=lt");
  });

  it("app2app: the parameter names only, never the callback's secrets", () => {
    const record = app2appRecord(
      START + 9000,
      CALLBACK_QUERY,
      `https://id-sandbox.dokobit.com/auth/${TOKEN}/smartid-v3/callback?${CALLBACK_QUERY}`,
      TOKEN,
    );
    expect(record.request?.query).toEqual({
      value: "(43 characters, withheld)",
      sessionSecretDigest: "(43 characters, withheld)",
      userChallengeVerifier: "(43 characters, withheld)",
    });
    expect(record.answer?.location).toBe("https://id-sandbox.dokobit.com/auth/02f9…(elided)/smartid-v3/callback?…");
    expectNoSecret(record, [TOKEN, "V".repeat(43), "D".repeat(43), "U".repeat(43)]);
  });

  it("app2app: a hostile link leaves a small record (odd names replaced, at most eight kept)", () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${i}=${"x".repeat(100)}`).join("&");
    const record = app2appRecord(START, `${names}&%3Cscript%3E=1`, "https://gw/cb", TOKEN);
    const query = record.request?.query as Record<string, string>;
    expect(Object.keys(query)).toHaveLength(9);
    expect(query["(more)"]).toBe("23");
    expect(JSON.stringify(record)).not.toContain("<script>");
  });

  it("return and status: the token elided in the path and the answer", () => {
    const back = returnRecord(START + 10_000, TOKEN);
    expect(back.request).toEqual({
      method: "GET",
      path: "/api/gateway/return",
      query: { session_token: "02f9…(elided)" },
    });
    const status = statusRecord(
      TOKEN,
      authenticatedAnswer() as AuthenticatedAnswer,
      { startedAt: START + 10_010, endedAt: START + 10_060, httpStatus: 200 },
      [ACCESS_TOKEN],
    );
    expect(status.request).toEqual({ method: "GET", path: "/api/authentication/02f9…(elided)/status" });
    expect(status.answer?.session_token).toBe("02f9…(elided)");
    expect(status).toMatchObject({ httpStatus: 200, startedAt: START + 10_010, endedAt: START + 10_060 });
    expectNoSecret([back, status], [TOKEN, ACCESS_TOKEN]);
  });

  it("session: the cookie's name and attributes, never a value", () => {
    const record = sessionRecord(
      START + 10_100,
      {
        name: "__Secure-authjs.session-token",
        secure: true,
        maxAgeSeconds: 3600,
        bindingCookieName: "__Host-portal.sign-in",
      },
      "/dashboard",
    );
    expect(record.answer).toMatchObject({
      location: "/dashboard",
      "set-cookie": [
        { name: "__Secure-authjs.session-token", value: "(withheld)", httpOnly: true, secure: true, maxAge: 3600 },
        { name: "__Host-portal.sign-in", value: "(cleared)", maxAge: 0 },
      ],
    });
  });

  it("keeps at most MAX_RECORDS, the earliest", () => {
    let records: ExchangeRecord[] = [];
    for (let i = 0; i < MAX_RECORDS + 5; i++) records = withRecord(records, returnRecord(START + i, TOKEN));
    expect(records).toHaveLength(MAX_RECORDS);
    expect(records[0]?.startedAt).toBe(START);
  });
});

describe("the binding cookie with a sign-in's records", () => {
  const waiting = { status: "waiting" as const, message: "Authentication is in progress", code: 1001 };
  const qrBinding: BindingState = {
    token: TOKEN,
    gatewayUrl: `http://127.0.0.1:3000/emulator/auth/${TOKEN}`,
    flow: "qr",
    nonce: "n".repeat(24),
    callbackUrl: "/dashboard",
    generation: "g".repeat(22),
    startedAt: START,
    sentAt: START + 1800,
    protocol: [
      createRecord(
        { return_url: "http://localhost:3000/api/gateway/return", smartid_qr_flow: true },
        { status: "ok", session_token: TOKEN, url: `http://127.0.0.1:3000/emulator/auth/${TOKEN}`, expires_in: 3600 },
        { startedAt: START, endedAt: START + 40, httpStatus: 200 },
        [],
      ),
      redirectRecord(START + 1800, `http://127.0.0.1:3000/emulator/auth/${TOKEN}?_locale=en`, TOKEN),
    ],
  };

  /** The largest binding a sign-in can have: every create field, app2app, and "waiting" read after read. */
  function largestBinding(callbackUrl: string): BindingState {
    let protocol = [
      createRecord(
        SENT,
        { status: "ok", session_token: TOKEN, url: GATEWAY_PAGE, expires_in: 3600 },
        { startedAt: START, endedAt: START + 2500, httpStatus: 200, attempt: 3 },
        [ACCESS_TOKEN],
      ),
      redirectRecord(START + 3000, `${GATEWAY_PAGE}?_locale=ru&present=1`, TOKEN),
      app2appRecord(START + 9000, CALLBACK_QUERY, `${GATEWAY_PAGE}/smartid-v3/callback?${CALLBACK_QUERY}`, TOKEN),
      returnRecord(START + 10_000, TOKEN),
    ];
    for (let read = 0; read < 5; read++) {
      const at = START + 11_000 + read * 1600;
      protocol = withRecord(
        protocol,
        statusRecord(TOKEN, waiting, { startedAt: at, endedAt: at + 2900, httpStatus: 200, attempt: 3 }, []),
      );
    }
    return {
      token: TOKEN,
      gatewayUrl: GATEWAY_PAGE,
      flow: "same-device",
      nonce: "n".repeat(24),
      callbackUrl,
      generation: "g".repeat(22),
      startedAt: START,
      sentAt: START + 3000,
      returnedAt: START + 10_000,
      protocol,
    };
  }
  const cookieLength = (state: BindingState) => `__Host-portal.sign-in=${sealBindingToFit(state, SECRET)}`.length;

  it("keeps the first and the latest status read, counting them all", () => {
    const statuses = (largestBinding("/dashboard").protocol ?? []).filter((record) => record.step === "status");
    expect(statuses).toHaveLength(2);
    expect(statuses[0]?.startedAt).toBe(START + 11_000);
    expect(statuses[1]).toMatchObject({ startedAt: START + 11_000 + 4 * 1600, reads: 5 });
  });

  it("stays well under 4 KB: a QR sign-in about 1.4 KB, the largest ordinary one about 3 KB", () => {
    expect(cookieLength(qrBinding)).toBeLessThan(1500);
    const largest = largestBinding("/dashboard?tab=certificate");
    expect(cookieLength(largest)).toBeLessThan(3200);
    const sealed = sealBindingToFit(largest, SECRET);
    expect(unsealBinding(sealed, SECRET, START + 20_000)).toEqual({ ok: true, state: largest });
  });

  it("with the longest callback URL, gives up the payloads (then the records) rather than the sign-in", () => {
    // The longest callback URL the portal keeps (lib/portal/auth/callback-url.ts).
    const state = largestBinding(`/dashboard?${"q".repeat(501)}`);
    expect(sealBinding(state, SECRET).length).toBeGreaterThan(MAX_SEALED_BINDING_LENGTH);
    const read = unsealBinding(sealBindingToFit(state, SECRET), SECRET, START + 20_000);
    if (!read.ok) throw new Error(read.problem);
    expect(read.state.token).toBe(TOKEN);
    expect(read.state.protocol?.map((record) => record.step)).toEqual(state.protocol?.map((record) => record.step));
    expect(read.state.protocol?.every((record) => !record.request && !record.answer)).toBe(true);
    const huge = { ...state, gatewayUrl: `${GATEWAY_PAGE}?${"x".repeat(2500)}` };
    const bare = unsealBinding(sealBindingToFit(huge, SECRET), SECRET, START + 20_000);
    expect(bare.ok && bare.state.protocol).toBeUndefined();
    expect(cookieLength(state)).toBeLessThan(4000);
  });

  it("refuses records it does not know (a changed cookie is tampered, not drawn)", () => {
    const state = { ...qrBinding, protocol: [{ step: "other", startedAt: START }] } as unknown as BindingState;
    expect(unsealBinding(sealBinding(state, SECRET), SECRET, START + 1000)).toEqual({ ok: false, problem: "tampered" });
  });
});
