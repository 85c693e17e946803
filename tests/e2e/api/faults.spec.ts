import { expect, test } from "@playwright/test";
import { clearFaults, createSession, statusOf, withToken } from "../support/gateway";

/** Injected faults: each one as a client meets it, and gone once cleared. */

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

function setFault(request: import("@playwright/test").APIRequestContext, data: Record<string, unknown>) {
  return request.post(withToken("/test/faults"), { data });
}

test("slow: the normal answer, after at least the delay", async ({ request }) => {
  expect((await setFault(request, { endpoint: "create", fault: "slow", delayMs: 1500, times: 1 })).status()).toBe(200);
  const started = Date.now();
  const answer = await createSession(request);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  expect(answer.session_token).toMatch(/^[0-9a-f]{64}$/);
  // Used up after one request.
  const again = Date.now();
  await createSession(request);
  expect(Date.now() - again).toBeLessThan(1500);
});

test("429 with Retry-After", async ({ request }) => {
  await setFault(request, { endpoint: "create", fault: "429" });
  const response = await request.post(withToken("/api/authentication/create"), {
    data: { return_url: "https://a.example" },
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await response.json()).status).toBe("error");
});

test("500 with the gateway's fault body", async ({ request }) => {
  const { session_token } = await createSession(request);
  await setFault(request, { endpoint: "status", fault: "500" });
  const response = await statusOf(request, session_token);
  expect(response.status()).toBe(500);
  expect(await response.json()).toEqual({
    status: "error",
    message: "We have encountered some problems. It will be fixed soon!",
    error_code: 500,
  });
});

test("malformed: a 200 JSON answer that does not parse, on every endpoint with *", async ({ request }) => {
  const { session_token } = await createSession(request);
  await setFault(request, { endpoint: "*", fault: "malformed", times: 2 });
  const response = await statusOf(request, session_token);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json");
  const text = await response.text();
  expect(() => JSON.parse(text)).toThrow();
  const create = await request.post(withToken("/api/authentication/create"), {
    data: { return_url: "https://a.example" },
  });
  expect(create.status()).toBe(200);
  const createText = await create.text();
  expect(() => JSON.parse(createText)).toThrow();
  // Two requests used it up.
  expect((await statusOf(request, session_token)).status()).toBe(200);
});

test("times: the next N requests only, then normal answers", async ({ request }) => {
  const { session_token } = await createSession(request);
  await setFault(request, { endpoint: "status", fault: "500", times: 2 });
  expect((await statusOf(request, session_token)).status()).toBe(500);
  expect((await statusOf(request, session_token)).status()).toBe(500);
  expect((await statusOf(request, session_token)).status()).toBe(200);
  const listed = await (await request.get(withToken("/test/faults"))).json();
  expect(listed).toEqual({ status: "ok", faults: [] });
});

test("cleared: listed while set, gone after DELETE, normal answers again", async ({ request }) => {
  await setFault(request, { endpoint: "create", fault: "500" });
  await setFault(request, { endpoint: "status", fault: "429" });
  const listed = await (await request.get(withToken("/test/faults"))).json();
  expect(listed.faults.map((fault: { endpoint: string }) => fault.endpoint).sort()).toEqual(["create", "status"]);

  const one = await request.delete(withToken("/test/faults?endpoint=create"));
  expect((await one.json()).faults).toEqual([expect.objectContaining({ endpoint: "status", kind: "429" })]);
  const { session_token } = await createSession(request);
  expect((await statusOf(request, session_token)).status()).toBe(429);

  const all = await clearFaults(request);
  expect(await all.json()).toEqual({ status: "ok", faults: [] });
  expect((await statusOf(request, session_token)).status()).toBe(200);
});

test("refuses a bad fault naming the field", async ({ request }) => {
  for (const [data, message] of [
    [{ endpoint: "login", fault: "500" }, "endpoint must be one of"],
    [{ endpoint: "create", fault: "teapot" }, "fault must be one of"],
    [{ endpoint: "create", fault: "slow", delayMs: 999_999 }, "delayMs must be"],
    [{ endpoint: "create", fault: "500", times: -1 }, "times must be"],
  ] as const) {
    const response = await setFault(request, data);
    expect(response.status()).toBe(400);
    expect((await response.json()).message).toContain(message);
  }
  const clear = await request.delete(withToken("/test/faults?endpoint=everything"));
  expect(clear.status()).toBe(400);
  expect((await (await request.get(withToken("/test/faults"))).json()).faults).toEqual([]);
});
