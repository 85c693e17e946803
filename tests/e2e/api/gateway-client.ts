import { type APIRequestContext, expect } from "@playwright/test";
import { accessToken, gatewayUrl } from "../support/servers";

/** Calls to the emulator exactly as an integrator's server makes them: over HTTP, token in the query. */

export const withToken = (path: string, token = accessToken) =>
  `${gatewayUrl}${path}${path.includes("?") ? "&" : "?"}access_token=${encodeURIComponent(token)}`;

export async function createSession(
  request: APIRequestContext,
  fields: Record<string, unknown> = {},
): Promise<{ session_token: string; url: string; expires_in: number }> {
  const response = await request.post(withToken("/api/authentication/create"), {
    data: { return_url: "http://localhost:3000/api/gateway/return", ...fields },
  });
  expect(response.status()).toBe(200);
  return response.json();
}

export function statusOf(request: APIRequestContext, sessionToken: string) {
  return request.get(withToken(`/api/authentication/${sessionToken}/status`));
}

export function control(
  request: APIRequestContext,
  sessionToken: string,
  action: "complete" | "end" | "cancel" | "expire",
  data?: Record<string, unknown>,
) {
  return request.post(withToken(`/test/sessions/${sessionToken}/${action}`), data ? { data } : {});
}

export function clearFaults(request: APIRequestContext) {
  return request.delete(withToken("/test/faults"));
}
