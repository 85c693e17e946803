import "server-only";
import { env } from "../env";

/**
 * The emulator's public origin as the browser reached it (e.g. http://127.0.0.1:3000). Device links and the
 * same-device callback point back at it, so a person who opened the hosted page at some address is sent to the
 * virtual app at the same address. A Host header that is not a plain host[:port] is ignored for the configured one.
 */
export function emulatorOrigin(headers: Headers): string {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  const proto = firstValue(headers.get("x-forwarded-proto")) ?? "http";
  if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) && /^https?$/.test(proto)) {
    return `${proto}://${host}`;
  }
  return configuredOrigin();
}

function configuredOrigin(): string {
  const { gatewayKind, gatewayUrl, port } = env();
  return gatewayKind === "emulator" ? new URL(gatewayUrl).origin : `http://127.0.0.1:${port}`;
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value ? value : undefined;
}
