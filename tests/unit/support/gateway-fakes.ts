import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Test doubles for the gateway: a scripted fetch that records every request, and realistic answers. */

export const TEST_CERTIFICATE_PEM = readFileSync(
  fileURLToPath(new URL("./test-certificate.pem", import.meta.url)),
  "utf8",
);

export const TOKEN = "02f922c9917231ea8acbbbcf63796924af548c801d75772f2b1701b413462c61";
export const OTHER_TOKEN = "b".repeat(64);
export const ACCESS_TOKEN = "secret-access-token-1234567890";

export function authenticatedAnswer(overrides: Record<string, unknown> = {}) {
  return {
    status: "ok",
    code: "40404040009",
    country_code: "ee",
    name: "OK",
    surname: "TESTNUMBER",
    authentication_method: "smartid",
    date_authenticated: "2026-11-26T15:09:06+02:00",
    session_token: TOKEN,
    certificate: {
      name: "/C=EE/CN=TESTNUMBER,OK/SN=TESTNUMBER/GN=OK/serialNumber=PNOEE-40404040009",
      subject: { country: "EE", common_name: "TESTNUMBER,OK", serial_number: "PNOEE-40404040009" },
      issuer: { country: "EE", organisation: "AS Sertifitseerimiskeskus", common_name: "TEST of EID-SK 2016" },
      valid_from: "2026-01-01T00:00:00+02:00",
      valid_to: "2030-12-18T01:59:59+02:00",
      value: Buffer.from(TEST_CERTIFICATE_PEM).toString("base64"),
    },
    ...overrides,
  };
}

export type Scripted =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { error: Error }
  | { hang: true };

export interface RecordedRequest {
  url: string;
  method: string;
  body: string | undefined;
  headers: Record<string, string>;
  /** What would cut the exchange short (the client's time-out). */
  signal: AbortSignal | undefined;
}

/** A fetch that plays `script` in order (the last entry repeats) and records what it was asked. */
export function scriptedFetch(script: Scripted[]) {
  const requests: RecordedRequest[] = [];
  let index = 0;
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    requests.push({
      url: String(input),
      method: init?.method ?? "GET",
      body: typeof init?.body === "string" ? init.body : undefined,
      headers,
      signal: init?.signal ?? undefined,
    });
    const step = script[Math.min(index, script.length - 1)];
    index++;
    if (!step) throw new Error("empty script");
    if ("error" in step) throw step.error;
    if ("hang" in step) {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener("abort", () => reject(signal.reason));
      });
    }
    const body = step.text ?? (step.json === undefined ? "" : JSON.stringify(step.json));
    return new Response(body, {
      status: step.status,
      headers: { "content-type": "application/json", ...step.headers },
    });
  };
  return { fetch: fake as typeof fetch, requests };
}

/** A network failure the way Node's fetch reports one. */
export function connectionRefused(): Error {
  return new TypeError("fetch failed", {
    cause: new Error(`connect ECONNREFUSED 127.0.0.1:9 ?access_token=${ACCESS_TOKEN}`),
  });
}
