import { describe, expect, it } from "vitest";
import { pickTheme, presenterMode, themeSchema } from "@/lib/portal/preferences/choices";

describe("the theme cookie", () => {
  it("holds system, light or dark; anything else means the system's setting", () => {
    expect(pickTheme("dark")).toBe("dark");
    expect(pickTheme("light")).toBe("light");
    expect(pickTheme(undefined)).toBe("system");
    for (const tampered of ["Dark", "blue", "", "dark; Path=/"]) expect(pickTheme(tampered), tampered).toBe("system");
  });

  it("accepts only those three from the toggle", () => {
    expect(themeSchema.safeParse("system").success).toBe(true);
    expect(themeSchema.safeParse("sepia").success).toBe(false);
  });
});

describe("presenter mode", () => {
  it("is turned on and off by the address, which the browser then remembers", () => {
    expect(presenterMode("1", undefined)).toEqual({ on: true, switched: "1" });
    expect(presenterMode("0", "1")).toEqual({ on: false, switched: "0" });
    expect(presenterMode(["1", "0"], undefined)).toEqual({ on: true, switched: "1" });
  });

  it("stays on from page to page through its cookie", () => {
    expect(presenterMode(undefined, "1")).toEqual({ on: true, switched: undefined });
    expect(presenterMode(undefined, undefined)).toEqual({ on: false, switched: undefined });
  });

  it("ignores other values in the address and in the cookie", () => {
    expect(presenterMode("yes", "1")).toEqual({ on: true, switched: undefined });
    expect(presenterMode("true", undefined)).toEqual({ on: false, switched: undefined });
    expect(presenterMode(undefined, "on")).toEqual({ on: false, switched: undefined });
  });
});
