import type { RawSignInInput } from "./sign-in-request";

/** The sign-in form is a handful of short fields; anything larger is not the portal's form. */
export const MAX_SIGN_IN_FORM_BYTES = 8 * 1024;

/**
 * The posted sign-in form as fields (repeated ones as lists), from its URL-encoded or multipart body; undefined when
 * the body is neither or cannot be read. File parts are not fields of this form and are left out.
 */
export async function formFields(contentType: string | null, body: string): Promise<RawSignInInput | undefined> {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  let entries: Iterable<[string, FormDataEntryValue]>;
  if (type === "application/x-www-form-urlencoded") entries = new URLSearchParams(body);
  else if (type === "multipart/form-data") {
    try {
      entries = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData();
    } catch {
      return undefined;
    }
  } else return undefined;
  const raw: RawSignInInput = {};
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    const existing = raw[key];
    raw[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return raw;
}
