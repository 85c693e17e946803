import { z } from "zod";

/**
 * Presenter mode, for showing Smart-ID+ to a room: larger type, a side panel on the sign-in and redirect pages that
 * says what is happening and why, and (with the emulator as the gateway) a QR code big enough to scan from the back.
 *
 * `?present=1` turns it on and `?present=0` off, on any portal page; while on, a cookie carries it from page to
 * page (the sign-in's own redirects, which the portal does not rebuild, included). The cookie is set in the browser
 * (components/presenter-mode.tsx), as a page cannot set cookies while it renders.
 */

export const PRESENTER_COOKIE = "portal.present";

const switchSchema = z.enum(["1", "0"]);
export type PresenterSwitch = z.infer<typeof switchSchema>;

export interface PresenterMode {
  on: boolean;
  /** What this page's address said, if anything: the browser then stores ("1") or forgets ("0") the choice. */
  switched: PresenterSwitch | undefined;
}

/** The address wins over the cookie; a value other than 1 or 0 in either is ignored. */
export function presenterMode(query: string | string[] | undefined, cookieValue: string | undefined): PresenterMode {
  const switched = switchSchema.safeParse(Array.isArray(query) ? query[0] : query);
  if (switched.success) return { on: switched.data === "1", switched: switched.data };
  return { on: switchSchema.safeParse(cookieValue).data === "1", switched: undefined };
}
