import { describe, expect, it } from "vitest";
import { forgetSignInDetails, keepSignInDetails, signInDetails } from "@/lib/portal/auth/details";
import type { SignInDetails } from "@/lib/portal/auth/identity";

const details: SignInDetails = {
  certificateDer: "MIIB",
  timeline: { startedAt: 1, returnedAt: 2, signedInAt: 3 },
  gatewayAnswer: { status: "ok" },
};

describe("the server-side half of a session", () => {
  it("is kept under the sign-in's id, read back as kept, and gone after sign-out", async () => {
    await keepSignInDetails("sign-in-one", details);
    expect(await signInDetails("sign-in-one")).toEqual(details);
    expect(await signInDetails("sign-in-two")).toBeUndefined();
    await forgetSignInDetails("sign-in-one");
    expect(await signInDetails("sign-in-one")).toBeUndefined();
  });
});
