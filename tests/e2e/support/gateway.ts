import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import { accessToken, gatewayUrl } from "./servers";

/**
 * The one helper for the gateway's API in end-to-end tests — create, status, test control, faults — called exactly
 * as an integrator's server calls it: over HTTP, with the access token in the query. `gatewayApi` makes them for any
 * gateway (the multi-instance suite's, behind nginx); the plain exports are the main suite's.
 */

/** The gateway's hosted page, whatever query it carries (the portal adds `_locale`); group 1 is the session token. */
export const GATEWAY_PAGE = /\/emulator\/auth\/([0-9a-f]{64})(?:[/?#]|$)/;

export type ControlAction = "complete" | "end" | "cancel" | "expire";

export interface Fault {
  endpoint: "create" | "status" | "callback" | "*";
  fault: "slow" | "429" | "500" | "malformed";
  [key: string]: unknown;
}

export interface CreatedSession {
  session_token: string;
  url: string;
  expires_in: number;
}

/** The helpers for the gateway at `base` (e.g. http://127.0.0.1:3100/emulator), called with `defaultToken`. */
export function gatewayApi(base: string, defaultToken: string) {
  /** `{gateway}{path}` with the access token added to the query. */
  const withToken = (path: string, token = defaultToken) =>
    `${base}${path}${path.includes("?") ? "&" : "?"}access_token=${encodeURIComponent(token)}`;

  /** Creates a session (fields in the wire format, `return_url` defaulted) and expects it to succeed. */
  async function createSession(
    request: APIRequestContext,
    fields: Record<string, unknown> = {},
  ): Promise<CreatedSession> {
    const response = await request.post(withToken("/api/authentication/create"), {
      data: { return_url: "http://localhost:3000/api/gateway/return", ...fields },
    });
    expect(response.status(), await response.text()).toBe(200);
    return response.json();
  }

  function statusOf(request: APIRequestContext, sessionToken: string): Promise<APIResponse> {
    return request.get(withToken(`/api/authentication/${sessionToken}/status`));
  }

  async function gatewayStatus(
    request: APIRequestContext,
    sessionToken: string,
  ): Promise<{ httpStatus: number; body: Record<string, unknown> }> {
    const response = await statusOf(request, sessionToken);
    return { httpStatus: response.status(), body: (await response.json()) as Record<string, unknown> };
  }

  /** A test-control call, answered as it comes (for tests of test control itself). */
  function control(
    request: APIRequestContext,
    sessionToken: string,
    action: ControlAction,
    data?: Record<string, unknown>,
  ): Promise<APIResponse> {
    return request.post(withToken(`/test/sessions/${sessionToken}/${action}`), data ? { data } : {});
  }

  /** A test-control call that must succeed. */
  async function controlOk(
    request: APIRequestContext,
    sessionToken: string,
    action: ControlAction,
    data?: Record<string, unknown>,
  ): Promise<void> {
    const response = await control(request, sessionToken, action, data);
    expect(response.status(), await response.text()).toBe(200);
  }

  async function setFault(request: APIRequestContext, fault: Fault): Promise<void> {
    const response = await request.post(withToken("/test/faults"), { data: fault });
    expect(response.ok(), await response.text()).toBe(true);
  }

  function clearFaults(request: APIRequestContext): Promise<APIResponse> {
    return request.delete(withToken("/test/faults"));
  }

  return { withToken, createSession, statusOf, gatewayStatus, control, controlOk, setFault, clearFaults };
}

export const { withToken, createSession, statusOf, gatewayStatus, control, controlOk, setFault, clearFaults } =
  gatewayApi(gatewayUrl, accessToken);
