import { mkdir, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { accessToken, authSecret, port } from "../support/servers";
import { SpawnedServer } from "../support/spawned-server";

/**
 * A bounded fuzz of the running server, as an outsider would send it: about 2,000 generated requests, at most 8 at
 * once, across every route of the portal and the emulator, with hostile paths, queries, headers and bodies. What
 * must hold: no 5xx; no session cookie from any of it; no Location off the portal; nothing of the input reflected
 * unescaped; memory afterwards within 1.5× of before; and the server's whole log free of the access token and of
 * any line the input forged. The server is one of the test's own, so its log can be read.
 */

const FUZZ_PORT = port + 5;
const PROBE = "<probe-7c1>";
const FORGED = "[portal] sign-in succeeded for admin";

const ROUTES: Array<[method: string, path: string]> = [
  ["GET", "/"],
  ["GET", "/sign-in"],
  ["POST", "/api/gateway/start"],
  ["GET", "/sign-in/redirect"],
  ["GET", "/api/gateway/continue"],
  ["GET", "/api/gateway/return"],
  ["GET", "/api/gateway/app2app"],
  ["GET", "/sign-in/finishing"],
  ["GET", "/sign-in/error"],
  ["GET", "/dashboard"],
  ["GET", "/api/me/certificate"],
  ["GET", "/api/auth/session"],
  ["GET", "/api/auth/csrf"],
  ["POST", "/api/auth/signout"],
  ["POST", "/api/auth/callback/dokobit-identity-gateway"],
  ["GET", "/emulator"],
  ["POST", "/emulator/api/authentication/create"],
  ["GET", "/emulator/api/authentication/{x}/status"],
  ["GET", "/emulator/auth/{x}"],
  ["POST", "/emulator/auth/{x}/actions"],
  ["GET", "/emulator/auth/{x}/state"],
  ["GET", "/emulator/auth/{x}/smartid-v3/qr"],
  ["GET", "/emulator/auth/{x}/smartid-v3/callback"],
  ["GET", "/emulator/device-link"],
  ["POST", "/emulator/device-link/check"],
  ["POST", "/emulator/device-link/respond"],
  ["GET", "/emulator/phone"],
  ["GET", "/emulator/phone/requests"],
  ["POST", "/emulator/phone/respond"],
  ["POST", "/emulator/test/faults"],
  ["POST", "/emulator/test/sessions/{x}/complete"],
  ["PUT", "/emulator/api/authentication/create"],
  ["DELETE", "/sign-in"],
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    PROBE,
    `"><svg onload=alert(1)>${PROBE}`,
    "%zz",
    "%E0%A4%A",
    "..%2F..%2Fetc%2Fpasswd",
    "a".repeat(64),
    "0".repeat(64),
    "javascript:alert(1)",
    "https://evil.example/",
    "//evil.example/",
    `%0d%0a${encodeURIComponent(FORGED)}`,
  ),
);

const requestSpec = fc.record({
  route: fc.constantFrom(...ROUTES),
  segment: text,
  query: fc.array(
    fc.tuple(
      fc.constantFrom(
        "session_token",
        "callbackUrl",
        "request",
        "_locale",
        "flow",
        "reason",
        "detail",
        "attempt",
        "value",
        "x",
      ),
      text,
    ),
    { maxLength: 4 },
  ),
  body: fc.oneof(
    fc.constant(undefined),
    text,
    fc
      .dictionary(
        fc.constantFrom(
          "flow",
          "callbackUrl",
          "link",
          "requestId",
          "decision",
          "identity",
          "return_url",
          "action",
          "csrfToken",
        ),
        text,
      )
      .map((d) => JSON.stringify(d)),
    fc
      .dictionary(fc.constantFrom("flow", "methods", "callbackUrl", "code", "phone"), text)
      .map((d) => new URLSearchParams(d).toString()),
    fc.constant(`{"message":"\\n${FORGED}"}`),
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "multipart/form-data; boundary=x",
  ),
  origin: fc.constantFrom(undefined, "https://evil.example", "null"),
  fetchSite: fc.constantFrom(undefined, "cross-site", "same-site", "same-origin"),
  forwardedHost: fc.constantFrom(undefined, "evil.example", "evil.example:443"),
  cookie: fc.constantFrom(
    undefined,
    "portal.sign-in=v1.AAAA.BBBB",
    "portal.sign-in=x; portal.sign-in=y",
    "authjs.callback-url=javascript%3Aalert(1)",
    `authjs.session-token=${"e".repeat(300)}`,
  ),
});

type RequestSpec = typeof requestSpec extends fc.Arbitrary<infer T> ? T : never;

function urlOf(base: string, spec: RequestSpec) {
  const path = spec.route[1].replace("{x}", encodeURIComponent(spec.segment) || "x");
  const query = spec.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  return `${base}${path}${query ? `?${query}` : ""}`;
}

test.describe("hostile requests against a running server", () => {
  test.setTimeout(240_000);
  let server: SpawnedServer;

  test.beforeAll(async () => {
    server = await SpawnedServer.start(FUZZ_PORT, {
      NODE_ENV: "production",
      AUTH_SECRET: authSecret,
      EMULATOR_ACCESS_TOKEN: accessToken,
      EMULATOR_PUBLIC_URL: `http://127.0.0.1:${FUZZ_PORT}/emulator`,
    });
  });
  test.afterAll(async () => server?.stop());

  test("about 2,000 generated requests: no 5xx, no session, no off-site redirect, nothing reflected, bounded memory, clean log", async () => {
    const portalOrigin = new URL(server.url).origin;
    const emulatorOrigin = `http://127.0.0.1:${FUZZ_PORT}`;
    const failures: string[] = [];
    let specs: RequestSpec[] = [];
    let index = 0;
    const run = async (batch: RequestSpec[]) => {
      specs = batch;
      index = 0;
      await Promise.all(Array.from({ length: 8 }, () => worker()));
    };
    // Warm up on a batch of its own: every route's code is loaded, so "before" is a server that has done this work.
    await run(fc.sample(requestSpec, { numRuns: 1000, seed: 1 }));
    const before = server.rss();
    await run(fc.sample(requestSpec, { numRuns: 2000, seed: 20261128 }));

    async function worker() {
      while (index < specs.length) {
        const spec = specs[index++];
        if (!spec) break;
        const headers: Record<string, string> = { "content-type": spec.contentType };
        if (spec.origin) headers.origin = spec.origin;
        if (spec.fetchSite) headers["sec-fetch-site"] = spec.fetchSite;
        if (spec.forwardedHost) headers["x-forwarded-host"] = spec.forwardedHost;
        if (spec.cookie) headers.cookie = spec.cookie;
        const [method] = spec.route;
        const url = urlOf(server.url, spec);
        let response: Response;
        try {
          response = await fetch(url, {
            method,
            headers,
            body: method === "GET" || method === "HEAD" ? undefined : spec.body,
            redirect: "manual",
          });
        } catch (error) {
          failures.push(`${method} ${url}: no answer (${error instanceof Error ? error.message : error})`);
          continue;
        }
        const body = await response.text();
        const where = `${method} ${url.slice(0, 160)} → ${response.status}`;
        if (response.status >= 500) failures.push(`${where}: server error`);
        if (/authjs\.session-token=[^;]+/.test(response.headers.get("set-cookie") ?? "")) {
          failures.push(`${where}: a session cookie was set`);
        }
        const location = response.headers.get("location");
        if (location) {
          const target = new URL(location, url).origin;
          if (target !== portalOrigin && target !== emulatorOrigin)
            failures.push(`${where}: redirect off-site to ${target}`);
        }
        if (body.includes(PROBE)) failures.push(`${where}: the input was reflected unescaped`);
      }
    }
    // A few large bodies that declare no length, to the emulator's API with its token in the query: Next.js warns
    // about such bodies with the request's URL, which must reach the log without the token.
    for (let i = 0; i < 10; i++) {
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let c = 0; c < 20; c++) controller.enqueue(new Uint8Array(8 * 1024).fill(120));
          controller.close();
        },
      });
      const response = await fetch(`${server.url}/emulator/api/authentication/create?access_token=${accessToken}`, {
        method: "POST",
        body: chunks,
        duplex: "half",
        headers: { "content-type": "application/json" },
      } as RequestInit);
      expect(response.status).toBe(413);
    }

    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = server.rss();
    const log = server.lines.join("\n");
    // Kept with the run's results, for a person to read what the server said.
    await mkdir("test-results", { recursive: true });
    await writeFile("test-results/fuzz-server.log", log);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(after / before, `RSS before ${before}, after ${after}`).toBeLessThan(1.5);
    expect(log).not.toContain(accessToken);
    expect(log).not.toContain(authSecret);
    expect(server.lines.filter((line) => line.startsWith(FORGED))).toEqual([]);
    console.info(
      `fuzz: ${specs.length} requests, RSS ${(before / 2 ** 20).toFixed(0)} → ${(after / 2 ** 20).toFixed(0)} MiB, ${server.lines.length} log lines`,
    );
  });
});
