/**
 * Presenter mode, for showing Smart-ID+ to a room: larger type, a side panel on the sign-in and redirect pages that
 * says what is happening and why, and (with the emulator as the gateway) a QR code big enough to scan from the back.
 *
 * `?present=1` turns it on and `?present=0` off, on any portal page; while on, a cookie carries it from page to
 * page (the sign-in's own redirects, which the portal does not rebuild, included). The cookie is set in the browser
 * (components/portal/presenter-mode.tsx), as a page cannot set cookies while it renders.
 */

export const PRESENTER_COOKIE = "portal.present";

/** What `?present=` may say: "1" turns presenter mode on, "0" off. */
export type PresenterSwitch = "1" | "0";

export interface PresenterMode {
  on: boolean;
  /** What this page's address said, if anything: the browser then stores ("1") or forgets ("0") the choice. */
  switched: PresenterSwitch | undefined;
}
