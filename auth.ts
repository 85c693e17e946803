import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import NextAuth from "next-auth";
import { bindingCookieName } from "@/lib/portal/auth/binding";
import { forgetSignInDetails } from "@/lib/portal/auth/details";
import type { PortalIdentity } from "@/lib/portal/auth/identity";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";
import DokobitIdentityGateway from "@/lib/portal/auth/provider";
import { revokeSession, sessionMayContinue } from "@/lib/portal/auth/revocation";
import { decodeSessionToken, encodeSessionToken } from "@/lib/portal/auth/session-token";
import { stateGeneration } from "@/lib/portal/auth/state";
import { env } from "@/lib/shared/env";
import { quoted } from "@/lib/shared/logging/quote";

/**
 * next-auth for the portal: one provider (the Dokobit Identity Gateway), sessions as encrypted JWT cookies.
 *
 * The configuration is built on first use rather than at import, so that `next build` never needs the runtime
 * settings. The JWT carries only who signed in, how and when (lib/portal/auth/identity.ts), well under a kilobyte; the
 * certificate, the timeline and the gateway's answer stay on the server (lib/portal/auth/details.ts).
 */

/** How long a session lasts; the dashboard shows when it ends. */
export const SESSION_MAX_AGE_SECONDS = 60 * 60;

declare module "next-auth" {
  interface User {
    portal?: PortalIdentity;
  }
  interface Session {
    identity?: PortalIdentity;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    portal?: PortalIdentity;
    /** The portal state store's generation at sign-in (lib/portal/auth/state.ts). */
    generation?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    secret: settings.authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: PORTAL_PATHS.signIn, error: PORTAL_PATHS.error },
    providers: [
      DokobitIdentityGateway({
        baseUrl: settings.gatewayUrl,
        accessToken: settings.gatewayAccessToken,
        timeoutMs: settings.gatewayTimeoutMs,
        bindingSecret: settings.authSecret,
        bindingCookieName: bindingCookieName(settings.appUrl),
        // next-auth's own naming: the `__Secure-` prefix on https.
        sessionCookie: {
          name: `${settings.appUrl.startsWith("https://") ? "__Secure-" : ""}authjs.session-token`,
          secure: settings.appUrl.startsWith("https://"),
          maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
          bindingCookieName: bindingCookieName(settings.appUrl),
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.portal) {
          token.portal = user.portal;
          token.generation = await stateGeneration();
          return token;
        }
        // Signed out elsewhere (a copied cookie), or made before the store was lost: the session is over.
        if (token.portal && !(await sessionMayContinue(token.portal.signInId, token.generation))) return null;
        return token;
      },
      session({ session, token }) {
        if (token.portal) session.identity = token.portal;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const sessionId = "token" in message ? message.token?.portal?.signInId : undefined;
        if (!sessionId) return;
        await revokeSession(sessionId, SESSION_MAX_AGE_SECONDS * 1000);
        await forgetSignInDetails(sessionId);
      },
    },
    logger: {
      // One line per failure, no stack: a refused sign-in is an expected event, and its text is already redacted.
      error(error) {
        if (error instanceof CredentialsSignin) {
          console.info(`[auth] sign-in refused: ${quoted(error.message, 200)}`);
        } else {
          console.error(`[auth] ${quoted(error.name, 40)}: ${quoted(error.message, 120)}`);
        }
      },
      warn(code) {
        console.warn(`[auth] warning: ${quoted(code, 60)}`);
      },
    },
  };
});
