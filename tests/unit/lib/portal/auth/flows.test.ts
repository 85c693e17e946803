import { describe, expect, it } from "vitest";
import { defaultFlowFor, flowParameters } from "@/lib/portal/auth/flows";
import { signInPath } from "@/lib/portal/auth/paths";
import { createParamsFor, parseSignInChoices } from "@/lib/portal/auth/sign-in-request";

const APP = "http://localhost:3000";
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36";
const PIXEL =
  "Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

describe("flow defaults", () => {
  it("offers the same-device flow on phones and the QR flow elsewhere", () => {
    expect(defaultFlowFor(PIXEL)).toBe("same-device");
    expect(defaultFlowFor(IPHONE)).toBe("same-device");
    expect(defaultFlowFor(DESKTOP)).toBe("qr");
    expect(defaultFlowFor(null)).toBe("qr");
  });

  it("lets the URL win over the device", () => {
    const { choices, flowFromInput } = parseSignInChoices({ flow: "classic" }, { userAgent: PIXEL, appUrl: APP });
    expect(choices.flow).toBe("classic");
    expect(flowFromInput).toBe(true);
  });

  it("maps each flow to the gateway's parameters", () => {
    expect(flowParameters("qr", APP)).toEqual({ smartidQrFlow: true });
    expect(flowParameters("same-device", APP)).toEqual({
      smartidQrFlow: true,
      app2appUrl: "http://localhost:3000/api/gateway/app2app",
    });
    expect(flowParameters("classic", APP)).toEqual({ smartidQrFlow: false });
  });
});

describe("sign-in choices", () => {
  it("reads a bookmarked demo URL", () => {
    const { choices, invalid } = parseSignInChoices(
      {
        flow: "qr",
        methods: "smartid,mobile",
        country: "EE",
        code: "40404040009",
        phone: "+37200000766",
        callbackUrl: "/dashboard?x=1",
      },
      { userAgent: DESKTOP, appUrl: APP },
    );
    expect(invalid).toEqual([]);
    expect(choices).toEqual({
      flow: "qr",
      methods: ["smartid", "mobile"],
      country: "ee",
      code: "40404040009",
      phone: "+37200000766",
      callbackUrl: "/dashboard?x=1",
    });
    expect(signInPath(choices)).toBe(
      "/sign-in?flow=qr&methods=smartid%2Cmobile&country=ee&code=40404040009&phone=%2B37200000766&callbackUrl=%2Fdashboard%3Fx%3D1",
    );
  });

  it("accepts repeated method fields from a form", () => {
    const { choices } = parseSignInChoices({ methods: ["smartid", "smartcard"] }, { userAgent: DESKTOP, appUrl: APP });
    expect(choices.methods).toEqual(["smartid", "smartcard"]);
  });

  it("names invalid fields and drops only those", () => {
    const { choices, invalid } = parseSignInChoices(
      {
        flow: "teleport",
        methods: "smartid,pigeon",
        country: "xx",
        code: "12",
        phone: "call me",
        callbackUrl: "//evil",
      },
      { userAgent: DESKTOP, appUrl: APP },
    );
    expect(invalid.sort()).toEqual(["code", "country", "flow", "methods", "phone"]);
    expect(choices).toEqual({
      flow: "qr",
      methods: undefined,
      country: undefined,
      code: undefined,
      phone: undefined,
      callbackUrl: "/dashboard",
    });
  });

  it("treats empty fields as not given", () => {
    const { choices, invalid } = parseSignInChoices(
      { code: " ", phone: "", methods: "" },
      { userAgent: DESKTOP, appUrl: APP },
    );
    expect(invalid).toEqual([]);
    expect(choices.code).toBeUndefined();
    expect(choices.methods).toBeUndefined();
  });

  it("accepts a Latvian personal code with its hyphen", () => {
    const { choices } = parseSignInChoices(
      { code: "040404-10003", country: "lv" },
      { userAgent: DESKTOP, appUrl: APP },
    );
    expect(choices.code).toBe("040404-10003");
  });

  it("builds the create request with the return URL and the prefill", () => {
    const { choices } = parseSignInChoices(
      { flow: "same-device", methods: "smartid", country: "lt", code: "40404040009" },
      { userAgent: PIXEL, appUrl: APP },
    );
    expect(createParamsFor(choices, APP)).toEqual({
      returnUrl: "http://localhost:3000/api/gateway/return",
      smartidQrFlow: true,
      app2appUrl: "http://localhost:3000/api/gateway/app2app",
      authenticationMethods: ["smartid"],
      countryCode: "lt",
      code: "40404040009",
    });
  });
});
