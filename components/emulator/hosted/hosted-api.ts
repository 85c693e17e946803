import type { HostedAction, HostedActionAnswer, QrAnswer } from "@/lib/emulator/hosted/protocol";
import type { HostedState } from "@/lib/emulator/hosted/state";
import { callEmulator } from "../shared/call-emulator";

/** Browser-side calls of the hosted page to its own emulator endpoints. Network failures come back as `undefined`. */

const base = (token: string) => `/emulator/auth/${token}`;

export function fetchState(token: string): Promise<HostedState | undefined> {
  return callEmulator<HostedState>(`${base(token)}/state`);
}

export function fetchQr(token: string, locale: string): Promise<QrAnswer | undefined> {
  return callEmulator<QrAnswer>(`${base(token)}/smartid-v3/qr?_locale=${encodeURIComponent(locale)}`);
}

export function postAction(
  token: string,
  locale: string,
  action: HostedAction,
): Promise<HostedActionAnswer | undefined> {
  return callEmulator<HostedActionAnswer>(`${base(token)}/actions?_locale=${encodeURIComponent(locale)}`, action);
}
