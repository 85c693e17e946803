import type { HostedAction, HostedActionAnswer, QrAnswer } from "@/lib/emulator/hosted/protocol";
import type { HostedState } from "@/lib/emulator/hosted/state";

/** Browser-side calls of the hosted page to its own emulator endpoints. Network failures come back as `undefined`. */

const base = (token: string) => `/emulator/auth/${token}`;

async function json<T>(input: string, init?: RequestInit): Promise<T | undefined> {
  try {
    const response = await fetch(input, { cache: "no-store", ...init });
    if (!response.headers.get("content-type")?.includes("application/json")) return undefined;
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

export function fetchState(token: string): Promise<HostedState | undefined> {
  return json<HostedState>(`${base(token)}/state`);
}

export function fetchQr(token: string, locale: string): Promise<QrAnswer | undefined> {
  return json<QrAnswer>(`${base(token)}/smartid-v3/qr?_locale=${encodeURIComponent(locale)}`);
}

export function postAction(
  token: string,
  locale: string,
  action: HostedAction,
): Promise<HostedActionAnswer | undefined> {
  return json<HostedActionAnswer>(`${base(token)}/actions?_locale=${encodeURIComponent(locale)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(action),
  });
}
