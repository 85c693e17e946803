import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import Credentials from "next-auth/providers/credentials";
import { isStoreUnavailable } from "../../shared/store/state-store";
import { createGatewayClient, type GatewayClient } from "../gateway/client";
import { authorizeReturnedToken } from "./authorize";
import { bindingFromCookieHeader } from "./binding";
import { keepSignInDetails } from "./details";
import type { PortalIdentity, SignInDetails } from "./identity";
import type { ExchangeRecord, SessionCookieFacts } from "./protocol";
import type { SignInFailureReason } from "./reasons";
import type { SpentTokenRegistry } from "./spent-tokens";
import { spentTokens as processSpentTokens, stateGeneration } from "./state";

export const DOKOBIT_PROVIDER_ID = "dokobit-identity-gateway";

export interface DokobitIdentityGatewayOptions {
  /** Gateway base, e.g. https://id-sandbox.dokobit.com (or the emulator's http://127.0.0.1:3000/emulator). */
  baseUrl: string;
  /** The integrator's access token. Server-side only; it goes into the status request's URL and nowhere else. */
  accessToken: string;
  /** Per gateway call, in ms. Default 10 000. */
  timeoutMs?: number;
  /** Key of the binding cookie (the same AUTH_SECRET next-auth uses; a distinct key is derived from it). */
  bindingSecret: string;
  /** The binding cookie's name (`__Host-portal.sign-in` on https). Default `portal.sign-in`. */
  bindingCookieName?: string;
  /** The portal state store's generation (lib/portal/auth/state.ts); bindings from another one are refused. */
  generation?: () => Promise<string>;
  /** Keeps the server-side half of the session (certificate, timeline, answer); default: the portal's state store. */
  keepDetails?: (signInId: string, details: SignInDetails) => Promise<void>;
  /** The session cookie next-auth makes, as the record of a sign-in names it; default: over http, for an hour. */
  sessionCookie?: SessionCookieFacts;
  /** Defaults to the process-wide registry. */
  spentTokens?: SpentTokenRegistry;
  /** Defaults to a client built from the options above; tests pass one over a fake fetch. */
  client?: GatewayClient;
  now?: () => number;
}

/**
 * Thrown by `authorize`; `code` is one of the fixed reason codes (or `waiting`), safe to put in a URL. `quote` is the
 * gateway's own words the error page may show (see lib/portal/auth/failure-detail.ts).
 */
export class GatewaySignInError extends CredentialsSignin {
  constructor(
    readonly reason: SignInFailureReason | "waiting",
    readonly final: boolean,
    detail?: string,
    readonly quote?: string,
    /** With "waiting": the sign-in's record so far, for the binding cookie to keep (lib/portal/auth/protocol.ts). */
    readonly protocol?: ExchangeRecord[],
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.code = reason;
  }
}

/** The user `authorize` hands to next-auth; the jwt callback copies `portal` into the token. */
export interface GatewayUser {
  id: string;
  name: string;
  portal: PortalIdentity;
}

/**
 * Sign in with the Dokobit Identity Gateway (Smart-ID+, Smart-ID, Mobile-ID, ID card).
 *
 * The gateway is redirect-based, not OAuth: your app creates an authentication session, sends the browser to the
 * gateway's page, and the gateway sends it back with `session_token`. This provider is the last step: its
 * `authorize` accepts the returned token only if the browser holds the binding cookie set when the session was
 * created (the same token, compared in constant time, and fresh), reads the result from the gateway's status API,
 * checks that the answer is about this token, spends the token (one sign-in per token, process-wide), and maps the
 * answer to the user.
 *
 * ### Setup
 * ```ts
 * // auth.ts
 * import NextAuth from "next-auth";
 * import DokobitIdentityGateway from "@/lib/portal/auth/provider";
 *
 * export const { handlers, auth, signIn, signOut } = NextAuth({
 *   session: { strategy: "jwt" },
 *   providers: [
 *     DokobitIdentityGateway({
 *       baseUrl: "https://id-sandbox.dokobit.com",
 *       accessToken: process.env.GATEWAY_ACCESS_TOKEN,
 *       bindingSecret: process.env.AUTH_SECRET,
 *     }),
 *   ],
 * });
 *
 * // the route the gateway returns to (return_url)
 * await signIn("dokobit-identity-gateway", { sessionToken, redirect: false });
 * ```
 * A failed sign-in throws `GatewaySignInError` whose `code` names the reason (see lib/portal/auth/reasons.ts).
 */
export default function DokobitIdentityGateway(options: DokobitIdentityGatewayOptions) {
  const client =
    options.client ??
    createGatewayClient({
      baseUrl: options.baseUrl,
      accessToken: options.accessToken,
      timeoutMs: options.timeoutMs ?? 10_000,
    });
  const registry = options.spentTokens;
  const now = options.now ?? Date.now;

  return Credentials({
    id: DOKOBIT_PROVIDER_ID,
    name: "Dokobit Identity Gateway",
    credentials: { sessionToken: { label: "Gateway session token", type: "text" } },
    // It reads the request and decides; the route that called signIn clears the binding cookie, once.
    async authorize(credentials, request): Promise<GatewayUser> {
      try {
        return await decide(credentials?.sessionToken, request);
      } catch (error) {
        // A lost state store decides nothing: not final, so the route keeps the binding for a later try.
        if (isStoreUnavailable(error))
          throw new GatewaySignInError("unavailable", false, "the state store is unavailable");
        throw error;
      }
    },
  });

  async function decide(sessionToken: unknown, request: Request): Promise<GatewayUser> {
    const generation = await (options.generation ?? stateGeneration)();
    const outcome = await authorizeReturnedToken(sessionToken, {
      getStatus: (token, observe) => client.getStatus(token, observe),
      readBinding: (at, maxAgeSeconds) =>
        bindingFromCookieHeader(request.headers.get("cookie"), {
          name: options.bindingCookieName ?? "portal.sign-in",
          secret: options.bindingSecret,
          now: at,
          generation,
          maxAgeSeconds,
        }),
      spentTokens: registry ?? processSpentTokens(),
      now,
      secrets: [options.accessToken],
      ...(options.sessionCookie ? { sessionCookie: options.sessionCookie } : {}),
    });
    if (!outcome.ok) {
      throw new GatewaySignInError(outcome.reason, outcome.final, outcome.detail, outcome.quote, outcome.protocol);
    }
    const { identity, details } = outcome;
    await (options.keepDetails ?? keepSignInDetails)(identity.signInId, details);
    return { id: identity.subject, name: `${identity.givenName} ${identity.surname}`, portal: identity };
  }
}
