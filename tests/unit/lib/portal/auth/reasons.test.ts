import { describe, expect, it } from "vitest";
import {
  plainText,
  quoteForGatewayError,
  reasonForGatewayError,
  SIGN_IN_FAILURES,
  type SignInFailureReason,
} from "@/lib/portal/auth/reasons";
import { GatewayError } from "@/lib/portal/gateway/errors";
import en from "@/lib/portal/i18n/messages/en.json";

describe("failure pages", () => {
  it("a refused access token leads to a configuration page that does not suggest trying again", () => {
    const reason = reasonForGatewayError("unauthorized");
    expect(reason).toBe("gateway-misconfigured");
    expect(SIGN_IN_FAILURES[reason].retry).toBe(false);
    const words = en.reasons[reason];
    expect(`${words.title} ${words.text}`).not.toMatch(/try again/i);
  });

  it("only the portal's own misconfiguration takes the way to try again away", () => {
    expect(
      (Object.keys(SIGN_IN_FAILURES) as SignInFailureReason[]).filter(
        (reason) => SIGN_IN_FAILURES[reason].retry === false,
      ),
    ).toEqual(["gateway-misconfigured"]);
  });

  it("an unknown status word has its own page, not the malformed one", () => {
    expect(reasonForGatewayError("unknown-status")).toBe("gateway-unknown-status");
    expect(en.reasons["gateway-unknown-status"].title).toMatch(/does not understand/);
  });
});

describe("the gateway's words on a failure page", () => {
  it("quotes a refusal's message, cut to 200 characters", () => {
    const short = new GatewayError("rejected", "log text", { gatewayMessage: "return_url must be an absolute URL" });
    expect(quoteForGatewayError(short)).toBe("return_url must be an absolute URL");
    const long = new GatewayError("rejected", "log text", { gatewayMessage: "word ".repeat(100) });
    const quote = quoteForGatewayError(long) ?? "";
    expect(Array.from(quote)).toHaveLength(200);
    expect(quote.endsWith("…")).toBe(true);
  });

  it("quotes an unknown status word, cut to 40 characters", () => {
    const error = new GatewayError("unknown-status", "log text", { gatewayStatus: "pending" });
    expect(quoteForGatewayError(error)).toBe("pending");
    const long = new GatewayError("unknown-status", "log text", { gatewayStatus: "p".repeat(300) });
    expect(quoteForGatewayError(long)).toBe(`${"p".repeat(39)}…`);
  });

  it("quotes nothing for failures whose page says it all", () => {
    for (const kind of ["cancelled", "session-closed", "unauthorized", "server-error"] as const) {
      expect(quoteForGatewayError(new GatewayError(kind, "log", { gatewayMessage: "Session closed" }))).toBeUndefined();
    }
    expect(quoteForGatewayError(new GatewayError("rejected", "log"))).toBeUndefined();
    expect(quoteForGatewayError(new GatewayError("rejected", "log", { gatewayMessage: " \n\t" }))).toBeUndefined();
  });

  it("keeps the text on one line, without control or direction characters", () => {
    expect(plainText("bad\r\nLocation: x\u0000\u202Eevil", 200)).toBe("bad Location: x evil");
    expect(plainText("  spaced   out  ", 200)).toBe("spaced out");
    expect(plainText("äöü😀x", 4)).toBe("äöü…");
  });
});
