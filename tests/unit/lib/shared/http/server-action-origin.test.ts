import { describe, expect, it } from "vitest";
import { actionFromSameHost } from "@/lib/shared/http/server-action-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("actionFromSameHost", () => {
  it("accepts an action from a page of the host the browser addressed, whatever the server listens on", () => {
    // Behind nginx: the browser used localhost:8080, the instance listens on 127.0.0.1:3001.
    expect(actionFromSameHost(headers({ origin: "http://localhost:8080", host: "localhost:8080" }))).toBe(true);
    expect(
      actionFromSameHost(
        headers({ origin: "https://portal.example", host: "127.0.0.1:3001", "x-forwarded-host": "portal.example" }),
      ),
    ).toBe(true);
  });

  it("refuses an action from another site, or another port of the same host", () => {
    expect(actionFromSameHost(headers({ origin: "https://evil.example", host: "localhost:8080" }))).toBe(false);
    expect(actionFromSameHost(headers({ origin: "http://localhost:9999", host: "localhost:8080" }))).toBe(false);
    expect(
      actionFromSameHost(
        headers({ origin: "https://evil.example", host: "evil.example", "x-forwarded-host": "portal.example, evil" }),
      ),
    ).toBe(false);
  });

  it("refuses an Origin it cannot read, and one it cannot compare with anything", () => {
    expect(actionFromSameHost(headers({ origin: "null", host: "localhost:8080" }))).toBe(false);
    expect(actionFromSameHost(headers({ origin: "http://localhost:8080" }))).toBe(false);
  });

  it("lets a request without Origin through: no browser sends a cross-site post without one", () => {
    expect(actionFromSameHost(headers({ host: "localhost:8080" }))).toBe(true);
  });
});
