import { describe, expect, it } from "vitest";
import { afterWaiting, MAX_RETURN_ATTEMPTS } from "@/lib/portal/auth/waiting";

describe("while the gateway still says waiting", () => {
  it("asks again through the finishing page, up to the last attempt, then gives up", () => {
    expect(afterWaiting(1)).toEqual({ retry: true, attempt: 2 });
    expect(afterWaiting(MAX_RETURN_ATTEMPTS - 1)).toEqual({ retry: true, attempt: MAX_RETURN_ATTEMPTS });
    expect(afterWaiting(MAX_RETURN_ATTEMPTS)).toEqual({ retry: false });
  });
});
