import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { BINDING_COOKIE, DEMO_IDENTITY, startSignIn } from "../e2e/portal/support";
import { portalUrl, ports } from "./support/cluster";
import { gateway } from "./support/flows";

/**
 * The replay race across instances: one returned token, brought back 50 times at once — 25 times straight to each
 * instance, each time with the browser's binding cookie — signs in exactly once. The token is claimed in Redis
 * (SET NX), so whichever instance gets there first wins and every other return, on either instance, is refused.
 */

const RETURNS = 50;
const ROUNDS = 20;

interface Answer {
  status: number;
  location: string;
  setCookie: string[];
}

/** One return sent straight to an instance, as nginx passes it on: the browser's Host and cookie, no redirect followed. */
function returnTo(port: number, token: string, cookie: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: `/api/gateway/return?session_token=${token}`,
        headers: {
          host: new URL(portalUrl).host,
          cookie,
          "x-forwarded-for": "127.0.0.1",
          "x-forwarded-proto": "http",
        },
        agent: false,
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? "",
            setCookie: response.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    sent.on("error", reject);
    sent.end();
  });
}

const SESSION_COOKIE = /^authjs\.session-token(\.\d+)?=[^;]+/;

function outcome(answer: Answer): string {
  if (answer.location === `${portalUrl}/dashboard` && answer.setCookie.some((c) => SESSION_COOKIE.test(c))) {
    return "signed in";
  }
  if (/\/sign-in\/error\?reason=token-spent(&|$)/.test(answer.location)) return "token-spent";
  return `${answer.status} ${answer.location}`;
}

test(`${RETURNS} returns of one token at once, ${RETURNS / 2} on each instance, sign in exactly once (${ROUNDS} rounds)`, async ({
  page,
  request,
}) => {
  test.setTimeout(ROUNDS * 20_000);
  for (let round = 1; round <= ROUNDS; round++) {
    await page.context().clearCookies();
    const token = await startSignIn(page, "flow=qr");
    await gateway.controlOk(request, token, "complete", { identity: DEMO_IDENTITY });
    const binding = (await page.context().cookies(portalUrl)).find((cookie) => cookie.name === BINDING_COOKIE);
    if (!binding) throw new Error(`round ${round}: the browser holds no binding cookie`);

    const answers = await Promise.all(
      Array.from({ length: RETURNS }, (_, i) =>
        returnTo(ports.instances[i % 2] ?? 0, token, `${BINDING_COOKIE}=${binding.value}`),
      ),
    );
    const tally: Record<string, number> = {};
    for (const answer of answers) tally[outcome(answer)] = (tally[outcome(answer)] ?? 0) + 1;
    expect(tally, `round ${round}`).toEqual({ "signed in": 1, "token-spent": RETURNS - 1 });

    // The one session made is a real one.
    const winner = answers.find((answer) => outcome(answer) === "signed in");
    const cookies = (winner?.setCookie ?? []).map((c) => SESSION_COOKIE.exec(c)?.[0]).filter(Boolean);
    const session = await fetch(`${portalUrl}/api/auth/session`, { headers: { cookie: cookies.join("; ") } });
    expect(((await session.json()) as { user?: { name?: string } } | null)?.user?.name, `round ${round}`).toBe(
      "OK TESTNUMBER",
    );
  }
});
