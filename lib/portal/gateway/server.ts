import "server-only";
import { env } from "../../shared/env";
import { createGatewayClient, type GatewayClient } from "./client";

/** The gateway client configured from the environment: the one the portal's routes and provider use. */
export function gatewayClient(): GatewayClient {
  const settings = env();
  return createGatewayClient({
    baseUrl: settings.gatewayUrl,
    accessToken: settings.gatewayAccessToken,
    timeoutMs: settings.gatewayTimeoutMs,
  });
}
