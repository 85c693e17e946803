import { afterEach, describe, expect, it } from "vitest";
import {
  clearFaults,
  faultRequestSchema,
  injectedFault,
  listFaults,
  MALFORMED_BODY,
  setFault,
  takeFault,
} from "@/lib/emulator/gateway/faults";

afterEach(() => clearFaults());

describe("fault injection", () => {
  it("answers the next N requests with the fault, then clears itself", async () => {
    await setFault({ endpoint: "status", fault: "500", times: 2 });
    expect((await injectedFault("status"))?.status).toBe(500);
    expect(await injectedFault("create")).toBeUndefined();
    expect((await injectedFault("status"))?.status).toBe(500);
    expect(await injectedFault("status")).toBeUndefined();
    expect(await listFaults()).toEqual([]);
  });

  it("stays until cleared without times; clearing one endpoint leaves the others", async () => {
    await setFault({ endpoint: "create", fault: "429" });
    await setFault({ endpoint: "status", fault: "500" });
    for (let i = 0; i < 5; i++) expect((await injectedFault("create"))?.status).toBe(429);
    await clearFaults("create");
    expect(await injectedFault("create")).toBeUndefined();
    expect((await injectedFault("status"))?.status).toBe(500);
    await clearFaults();
    expect(await injectedFault("status")).toBeUndefined();
  });

  it("applies * to every endpoint, with an endpoint's own fault first", async () => {
    await setFault({ endpoint: "*", fault: "malformed" });
    await setFault({ endpoint: "callback", fault: "500", times: 1 });
    expect((await takeFault("callback"))?.kind).toBe("500");
    expect((await takeFault("callback"))?.kind).toBe("malformed");
    expect((await takeFault("create"))?.kind).toBe("malformed");
  });

  it("429 carries Retry-After and the gateway's error shape", async () => {
    await setFault({ endpoint: "create", fault: "429", retryAfterSeconds: 7 });
    const response = await injectedFault("create");
    expect(response?.status).toBe(429);
    expect(response?.headers.get("retry-after")).toBe("7");
    expect(await response?.json()).toMatchObject({ status: "error" });
  });

  it("500 is the gateway's fault body", async () => {
    await setFault({ endpoint: "status", fault: "500" });
    const response = await injectedFault("status");
    expect(await response?.json()).toEqual({
      status: "error",
      message: "We have encountered some problems. It will be fixed soon!",
      error_code: 500,
    });
  });

  it("malformed is a 200 JSON answer that does not parse", async () => {
    await setFault({ endpoint: "status", fault: "malformed" });
    const response = await injectedFault("status");
    expect(response?.status).toBe(200);
    expect(response?.headers.get("content-type")).toBe("application/json");
    const text = (await response?.text()) ?? "";
    expect(text).toBe(MALFORMED_BODY);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("slow waits, then lets the normal answer through", async () => {
    await setFault({ endpoint: "create", fault: "slow", delayMs: 120, times: 1 });
    const started = performance.now();
    expect(await injectedFault("create")).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    const again = performance.now();
    await injectedFault("create");
    expect(performance.now() - again).toBeLessThan(50);
  });

  it("defaults slow to 15 s and 429 to a Retry-After", async () => {
    expect(await setFault({ endpoint: "create", fault: "slow" })).toEqual({
      endpoint: "create",
      kind: "slow",
      delayMs: 15_000,
    });
    expect((await setFault({ endpoint: "status", fault: "429" })).retryAfterSeconds).toBeGreaterThan(0);
  });

  it.each([
    [{ endpoint: "login", fault: "500" }, "endpoint must be one of create, status, callback, *"],
    [{ endpoint: "create", fault: "404" }, "fault must be one of slow, 429, 500, malformed"],
    [
      { endpoint: "create", fault: "slow", delayMs: 120_001 },
      "delayMs must be a whole number of milliseconds from 0 to 120000",
    ],
    [
      { endpoint: "create", fault: "slow", delayMs: "5" },
      "delayMs must be a whole number of milliseconds from 0 to 120000",
    ],
    [{ endpoint: "create", fault: "500", times: 0 }, "times must be a whole number from 1 to 1000"],
    [{ endpoint: "create", fault: "500", times: 1.5 }, "times must be a whole number from 1 to 1000"],
  ])("refuses %j naming the field", (input, message) => {
    const parsed = faultRequestSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});
