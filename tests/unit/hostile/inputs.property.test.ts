import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as status } from "@/app/(emulator)/emulator/api/authentication/[token]/status/route";
import { POST as create } from "@/app/(emulator)/emulator/api/authentication/create/route";
import { POST as checkLink } from "@/app/(emulator)/emulator/device-link/check/route";
import { POST as answerLink } from "@/app/(emulator)/emulator/device-link/respond/route";
import { GET as phoneRequests } from "@/app/(emulator)/emulator/phone/requests/route";
import { POST as phoneRespond } from "@/app/(emulator)/emulator/phone/respond/route";
import { acceptCallback } from "@/lib/emulator/hosted/callback";
import { sanitizeCallbackUrl } from "@/lib/portal/auth/callback-url";
import { returnQuerySchema } from "@/lib/portal/auth/return-query";
import { formFields } from "@/lib/portal/auth/sign-in-form-body";
import { createParamsFor, parseSignInChoices } from "@/lib/portal/auth/sign-in-request";
import { app2appForwardUrl } from "@/lib/portal/gateway/app2app";
import { createAuthenticationParamsSchema } from "@/lib/portal/gateway/schemas";
import { DEVELOPMENT_ACCESS_TOKEN } from "@/lib/shared/env";
import { parseDeviceLink } from "@/lib/shared/smartid";
import { newSession } from "../lib/emulator/fixtures";

/**
 * Hostile input, generated: every request body, query and parameter an outsider controls, thrown at the code that
 * reads it — the pure cores in-process, and the emulator's route handlers themselves (they need nothing of a
 * server). About 12,500 inputs in all. What must hold for every one: nothing throws, nothing answers 5xx, nothing
 * sends the browser off the portal, and nothing is accepted that should not be.
 */

const APP = "http://localhost:3000";
const GATEWAY = "http://127.0.0.1:3000/emulator";
const TOKEN = "a".repeat(64);

/** Text as an attacker writes it: any code point, markup, escapes, control characters, very long runs. */
const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(
    "",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "//evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "%0d%0aSet-Cookie:%20x=1",
    "\r\n[portal] forged line",
    "%zz",
    "../../etc/passwd",
    "\u0000",
    "a".repeat(5000),
  ),
);

const context = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

describe("hostile input never breaks the portal's readers", () => {
  it("the start form: any fields, any values — named errors or valid create parameters, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(fc.constantFrom("flow", "methods", "country", "code", "phone", "callbackUrl"), nasty),
          nasty,
          {
            maxKeys: 8,
          },
        ),
        async (fields) => {
          const raw = await formFields("application/x-www-form-urlencoded", new URLSearchParams(fields).toString());
          expect(raw).toBeDefined();
          const { choices, invalid } = parseSignInChoices(raw ?? {}, { userAgent: "Mozilla/5.0", appUrl: APP });
          expect(choices.callbackUrl.startsWith("/")).toBe(true);
          expect(new URL(choices.callbackUrl, APP).origin).toBe(APP);
          if (invalid.length === 0) {
            expect(createAuthenticationParamsSchema.safeParse(createParamsFor(choices, APP)).success).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("the return query and any callback URL: a 64-hex token or a refusal, and never a way off the portal", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("session_token", "attempt", "x"), nasty), nasty, (query, callback) => {
        const parsed = returnQuerySchema.safeParse(query);
        if (parsed.success) expect(parsed.data.session_token).toMatch(/^[0-9a-f]{64}$/);
        const path = sanitizeCallbackUrl(callback, APP);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(new URL(path, APP).origin).toBe(APP);
      }),
      { numRuns: 3000 },
    );
  });

  it("the app2app query: forwarded to this session's callback and nowhere else, or refused", () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.string({ maxLength: 6000 })), (query) => {
        const forward = app2appForwardUrl(GATEWAY, TOKEN, query);
        if (forward.ok) {
          expect(forward.url).toBe(`${GATEWAY}/auth/${TOKEN}/smartid-v3/callback${query ? `?${query}` : ""}`);
          expect(new URL(forward.url).origin).toBe(new URL(GATEWAY).origin);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("hostile input never breaks the emulator", () => {
  const token = `?access_token=${DEVELOPMENT_ACCESS_TOKEN}`;

  it("create: any body under any content type answers 200, 4xx or a rate-limit 429 — never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "application/json",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=xyz",
          "text/plain",
          "",
        ),
        fc.oneof(
          nasty,
          fc.json(),
          fc.dictionary(nasty, nasty).map((d) => new URLSearchParams(d).toString()),
        ),
        fc.boolean(),
        fc.ipV4(),
        async (contentType, body, withToken, client) => {
          // Each from its own address, so that the per-client limit does not hide what the parser does.
          const headers: Record<string, string> = { "x-forwarded-for": client };
          if (contentType) headers["content-type"] = contentType;
          const request = new NextRequest(`${GATEWAY}/api/authentication/create${withToken ? token : ""}`, {
            method: "POST",
            headers,
            body,
          });
          const response = await create(request, context({}));
          expect(response.status).toBeLessThan(500);
          if (!withToken) expect(response.status).toBe(403);
          expect(await response.text()).not.toContain("<script>");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("status: any token answers the gateway's closed session, or 403 — never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (sessionToken) => {
        const response = await status(
          new NextRequest(`${GATEWAY}/api/authentication/x/status${token}`),
          context({ token: sessionToken }),
        );
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ status: "error", message: "Session closed", code: 1005 });
      }),
      { numRuns: 1000 },
    );
  });

  it("the virtual app: any link or answer is refused with a reason — never accepted, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          nasty.map((text) => `${GATEWAY}/device-link?deviceLinkType=QR&elapsedSeconds=1&sessionToken=${text}`),
          fc.webUrl({ withQueryParameters: true }),
        ),
        fc.constantFrom("check", "confirm", "refuse"),
        async (link, what) => {
          expect(() => parseDeviceLink(link)).not.toThrow();
          const body =
            what === "check"
              ? { link }
              : what === "confirm"
                ? { link, decision: "confirm", identityKey: "PNOEE-40404040009", pin: "1234" }
                : { link, decision: "refuse" };
          const route = what === "check" ? checkLink : answerLink;
          const response = await route(
            new NextRequest(`${GATEWAY}/device-link/${what}`, { method: "POST", body: JSON.stringify(body) }),
            context({}),
          );
          expect([400, 409, 413, 429]).toContain(response.status);
          expect((await response.json()).ok).toBe(false);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("the same-device callback: no invented parameters ever end or finish a sign-in", () => {
    const session = newSession();
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("value", "sessionSecretDigest", "userChallengeVerifier", "x"), nasty),
        (params) => {
          const outcome = acceptCallback(
            structuredClone(session),
            new URLSearchParams(params),
            session.createdAt + 1000,
          );
          expect(outcome.ok).toBe(false);
        },
      ),
      { numRuns: 1500 },
    );
    expect(session.state.kind).toBe("waiting");
  });

  it("the virtual phone: no guessed request id shows or answers anything", async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.constantFrom("list", "confirm", "refuse"), async (requestId, what) => {
        if (what === "list") {
          const response = await phoneRequests(
            new NextRequest(`${GATEWAY}/phone/requests?request=${encodeURIComponent(requestId)}`),
            context({}),
          );
          expect([200, 429]).toContain(response.status);
          if (response.status === 200) expect((await response.json()).requests).toEqual([]);
          return;
        }
        const body =
          what === "confirm"
            ? { requestId, decision: "confirm", code: "1234", pin: "1234" }
            : { requestId, decision: "refuse" };
        const response = await phoneRespond(
          new NextRequest(`${GATEWAY}/phone/respond`, { method: "POST", body: JSON.stringify(body) }),
          context({}),
        );
        expect([400, 409, 413, 429]).toContain(response.status);
      }),
      { numRuns: 1000 },
    );
  });
});
