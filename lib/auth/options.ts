// next-auth 4: email + password sign-in, JWT sessions that carry the user id and the
// user's session version (checked against the database on every request).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { siteUsesHttps } from "@/lib/http/site-https";
import { verifyCredentials } from "./credentials";
import { safeRedirectUrl } from "./callback-path";
import { authSecret } from "./secret";
import { endSession, SESSION_SECONDS, startSession } from "./user-sessions";

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
}

export const SIGNIN_PATH = "/signin";

export const authOptions: NextAuthOptions = {
  // Read when a request needs it, so `next build` never asks for the production secret.
  get secret() {
    return authSecret();
  },
  useSecureCookies: usesSecureCookies(),
  // The token expires with the cookie; the UserSession row is what really ends it.
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: SIGNIN_PATH, error: SIGNIN_PATH, signOut: SIGNIN_PATH },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const user = await verifyCredentials(credentials);
        if (!user) return null;
        const sessionId = await startSession(user.userId);
        return {
          id: user.userId,
          email: user.email,
          name: user.name,
          sessionVersion: user.sessionVersion,
          sessionId,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.userId = user.id;
        token.sessionVersion = signedIn.sessionVersion ?? 0;
        token.sessionId = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: token.userId,
        sessionVersion: token.sessionVersion,
        sessionId: token.sessionId,
      };
    },
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // next-auth's own sign-out endpoint; the site's sign-out action ends the session too.
    async signOut({ token }) {
      if (typeof token?.sessionId === "string") await endSession(token.sessionId);
    },
  },
  logger: {
    // Bad or expired cookies are routine; they must not look like server failures.
    error: (code, metadata) =>
      console.warn("[next-auth]", code, metadata instanceof Error ? metadata.message : ""),
    warn: (code) => console.warn("[next-auth]", code),
    debug: () => {},
  },
};

/** next-auth names its cookies __Secure-/__Host- when the site runs on https. */
export function usesSecureCookies(): boolean {
  return siteUsesHttps();
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function csrfCookieName(): string {
  return `${usesSecureCookies() ? "__Host-" : ""}next-auth.csrf-token`;
}
