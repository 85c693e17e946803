/** The official Smart-ID RP API v3 test vectors (smart-id-v3.md, "Official test vectors"). */
import type { DeviceLinkSession } from "@/lib/shared/smartid";

export const SECRET = "B98ODiVCebRedSwdTk51zFSaGYyHtY1H2A0ocAi3/Ps=";
export const RP_CHALLENGE = "GYS+yoah6emAcVDNIajwSs6UB/M95XrDxMzXBUkwQJ9YFDipXXzGpPc7raWcuc2+TEoRc7WvIZ/7dU/iRXenYg==";
export const INTERACTIONS =
  "W3sidHlwZSI6ImNvbmZpcm1hdGlvbk1lc3NhZ2UiLCJkaXNwbGF5VGV4dDIwMCI6IkxvbmdlciBkZXNjcmlwdGlvbiBvZiB0aGUgdHJhbnNhY3Rpb24gY29udGV4dCJ9LHsidHlwZSI6ImRpc3BsYXlUZXh0QW5kUElOIiwiZGlzcGxheVRleHQ2MCI6IlNob3J0IGRlc2NyaXB0aW9uIG9mIHRoZSB0cmFuc2FjdGlvbiBjb250ZXh0In1d";
export const CALLBACK_URL = "https://rp.example.com/callback-url?value=RrKjjT4aggzu27YBddX1bQ";
export const CALLBACK_VALUE = "RrKjjT4aggzu27YBddX1bQ";

export const SESSION: DeviceLinkSession = {
  scheme: "smart-id",
  deviceLinkBase: "https://smart-id.com/device-link",
  sessionToken: "wGIrqveE6AuGDATZKmR1mtAZ",
  sessionSecret: SECRET,
  rpChallenge: RP_CHALLENGE,
  relyingPartyName: "DEMO",
  brokeredRpName: "Example RP",
  interactions: INTERACTIONS,
};

export const AUTH_CODES = {
  Web2App: "aegUh6gCKkXBJhhvtJqSTWB5_2W8TDQt5eZ7db6krv0",
  App2App: "00NRcgi4Jk7WdIwgMPlyM8wRy9KMu4C_oQvd-N6PKoo",
  QR: "OY1eHaD4UYedrBwtqUbSkpa0w7ttm4FllPkCD_3wlE0",
} as const;

export const QR_LINK =
  "https://smart-id.com/device-link?deviceLinkType=QR&elapsedSeconds=22&sessionToken=wGIrqveE6AuGDATZKmR1mtAZ&sessionType=auth&version=1.0&lang=eng&authCode=OY1eHaD4UYedrBwtqUbSkpa0w7ttm4FllPkCD_3wlE0";

export const DIGEST = "U4CKK13H1XFiyBofev9asqrzIrY5_Gszi_nL_zDKkBc";
export const VERIFIER = "XtPfaGa8JnGtYrJjboooUf0KfY9sMEHrWFpSQrsUv9c";
export const USER_CHALLENGE = "GnsWXXEjTCKR89fj9uo5u5ReBZ9JR7_pezLAI5jMS00";

/** Every variant of `text` with exactly one character replaced by a different one. */
export function singleCharMutations(text: string): string[] {
  return [...text].map((char, i) => text.slice(0, i) + (char === "A" ? "B" : "A") + text.slice(i + 1));
}
