import type { GatewayKind } from "../../shared/env";
import type { CreateAnswer } from "./schemas";

/**
 * Where to send the browser: the gateway's `url` when it is on the gateway's own origin, otherwise (or when the
 * answer has none) the documented `{base}/auth/{token}`. An answer can never send the person to a third site.
 */
export function gatewayPageFor(answer: Pick<CreateAnswer, "url" | "session_token">, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  try {
    if (answer.url && new URL(answer.url).origin === new URL(base).origin) return answer.url;
  } catch {
    // fall through to the documented form
  }
  return `${base}/auth/${answer.session_token}`;
}

/** What the portal adds to the hosted page's address for the person being sent there. */
export interface HostedPageOptions {
  /** The portal's language, as `_locale` (identity-gateway.md): the page, and the Smart-ID app after it, speak it. */
  locale: string;
  /** Presenter mode: `present=1`, which only the embedded emulator reads (a much larger QR code). */
  present: boolean;
}

/**
 * The hosted page's address with those options. `present` goes only to the embedded emulator: the real gateway
 * would ignore a parameter it does not know, but the portal sends it nothing undocumented. Set, not appended, so an
 * address that already carries one of them never has it twice.
 */
export function withHostedPageOptions(url: string, options: HostedPageOptions, gatewayKind: GatewayKind): string {
  const address = new URL(url);
  address.searchParams.set("_locale", options.locale);
  if (options.present && gatewayKind === "emulator") address.searchParams.set("present", "1");
  return address.toString();
}
