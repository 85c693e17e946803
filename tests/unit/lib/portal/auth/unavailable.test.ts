import { beforeEach, describe, expect, it, vi } from "vitest";
import { orUnavailable } from "@/lib/portal/auth/unavailable";
import { StoreUnavailableError } from "@/lib/shared/store/state-store";

const lostStore = async (): Promise<Response> => {
  throw new StoreUnavailableError("Redis: The client is offline");
};

describe("orUnavailable", () => {
  beforeEach(() => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  it("turns a lost store into the 'unavailable' page, whose Try again keeps the flow", async () => {
    const response = await orUnavailable(lostStore, "classic");
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in/error");
    expect(Object.fromEntries(location.searchParams)).toEqual({ reason: "unavailable", flow: "classic" });
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("without a flow, still the 'unavailable' page", async () => {
    const response = await orUnavailable(lostStore);
    expect(new URL(response.headers.get("location") ?? "").search).toBe("?reason=unavailable");
  });

  it("lets any other failure through, and an answer as it is", async () => {
    await expect(orUnavailable(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const fine = new Response("ok");
    expect(await orUnavailable(async () => fine, "qr")).toBe(fine);
  });
});
