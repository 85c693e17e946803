import { describe, expect, it } from "vitest";
import { formFields } from "@/lib/portal/auth/sign-in-form-body";

describe("the posted sign-in form", () => {
  it("reads URL-encoded and multipart bodies alike, repeated fields as lists", async () => {
    expect(await formFields("application/x-www-form-urlencoded", "flow=qr&methods=smartid&methods=mobile")).toEqual({
      flow: "qr",
      methods: ["smartid", "mobile"],
    });
    const form = new FormData();
    form.append("flow", "classic");
    const multipart = new Response(form);
    const body = await multipart.text();
    expect(await formFields(multipart.headers.get("content-type"), body)).toEqual({ flow: "classic" });
  });

  it("refuses any other body", async () => {
    expect(await formFields("application/json", '{"flow":"qr"}')).toBeUndefined();
    expect(await formFields(null, "flow=qr")).toBeUndefined();
    expect(await formFields("multipart/form-data; boundary=x", "garbage")).toBeUndefined();
  });
});
