import { expect, test } from "@playwright/test";
import { control, createSession, statusOf, withToken } from "../support/gateway";
import { gatewayUrl } from "../support/servers";

/** Test control: ending sessions without a browser, with clear refusals. */

test("lists SK's demo identities and how each ends", async ({ request }) => {
  const response = await request.get(withToken("/test/identities"));
  expect(response.status()).toBe(200);
  const { identities } = await response.json();
  expect(identities).toContainEqual(
    expect.objectContaining({ identity: "PNOEE-40404040009", end_result: "OK", methods: ["smartid", "smartcard"] }),
  );
  expect(identities).toContainEqual(
    expect.objectContaining({ identity: "PNOEE-30403039917", end_result: "USER_REFUSED" }),
  );
  expect(identities).toContainEqual(expect.objectContaining({ identity: "PNOEE-60001019906", phone: "+37200000766" }));
});

test("ends a session with any non-OK end result", async ({ request }) => {
  const { session_token } = await createSession(request);
  const response = await control(request, session_token, "end", { endResult: "WRONG_VC" });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", end_result: "WRONG_VC" });
  const status = await statusOf(request, session_token);
  expect(status.status()).toBe(400);
  expect((await status.json()).code).toBe(1009);
});

test("answers 409 once a session is not waiting any more, and changes nothing", async ({ request }) => {
  const { session_token } = await createSession(request);
  await control(request, session_token, "complete", { identity: "PNOEE-40404040009" });
  for (const [action, data] of [
    ["cancel", undefined],
    ["end", { endResult: "USER_REFUSED" }],
    ["complete", { identity: "PNOLT-40404040009" }],
  ] as const) {
    const response = await control(request, session_token, action, data);
    expect(response.status(), action).toBe(409);
    expect((await response.json()).message).toContain("already authenticated");
  }
  expect((await (await statusOf(request, session_token)).json()).code).toBe("40404040009");
});

test("answers 404 for an unknown session", async ({ request }) => {
  for (const action of ["complete", "end", "cancel", "expire"] as const) {
    const response = await control(request, "f".repeat(64), action, {
      identity: "PNOEE-40404040009",
      endResult: "TIMEOUT",
    });
    expect(response.status(), action).toBe(404);
    expect(await response.json()).toEqual({ status: "error", message: "Unknown or expired session" });
  }
});

test("answers 400 naming the field, and leaves the session waiting", async ({ request }) => {
  const { session_token } = await createSession(request, { authentication_methods: ["smartid"] });
  const cases: [string, Record<string, unknown>, string][] = [
    ["complete", {}, "identity must be a demo identity"],
    ["complete", { identity: "PNOEE-12345678901" }, "identity PNOEE-12345678901 is not a demo identity"],
    ["complete", { identity: "PNOEE-40404040009", method: "password" }, "method must be one of"],
    ["complete", { identity: "PNOEE-40404040009", method: "smartcard" }, "method smartcard is not offered"],
    ["complete", { identity: "PNOEE-40404040009", flowType: "Carrier pigeon" }, "flowType must be one of"],
    ["end", {}, "endResult must be one of"],
    ["end", { endResult: "OK" }, "endResult must be one of"],
  ];
  for (const [action, data, message] of cases) {
    const response = await control(request, session_token, action as "complete" | "end", data);
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect((await response.json()).message).toContain(message);
  }
  const notJson = await request.post(withToken(`/test/sessions/${session_token}/complete`), {
    headers: { "content-type": "application/json" },
    data: Buffer.from("identity=PNOEE-40404040009"),
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).message).toBe("the request body must be JSON");
  const notObject = await request.post(withToken(`/test/sessions/${session_token}/complete`), {
    headers: { "content-type": "application/json" },
    data: Buffer.from('"PNOEE-40404040009"'),
  });
  expect(notObject.status()).toBe(400);
  expect((await notObject.json()).message).toBe("the request body must be a JSON object");
  expect((await (await statusOf(request, session_token)).json()).code).toBe(1003);
});

test("requires the access token", async ({ request }) => {
  const { session_token } = await createSession(request);
  const cancel = await request.post(`${gatewayUrl}/test/sessions/${session_token}/cancel`);
  expect(cancel.status()).toBe(403);
  expect(await cancel.json()).toEqual({ status: "error", message: "Invalid access token" });
  expect((await request.get(`${gatewayUrl}/test/identities`)).status()).toBe(403);
  expect((await request.get(`${gatewayUrl}/test/faults`)).status()).toBe(403);
  expect((await (await statusOf(request, session_token)).json()).code).toBe(1003);
});
