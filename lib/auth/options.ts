// next-auth 4: email + password sign-in, JWT sessions that carry the user id and the
// user's session version (checked against the database on every request).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { siteUsesHttps } from "@/lib/http/site-https";
import { verifyCredentials } from "./credentials";
import { authSecret } from "./secret";
import { forgetFailedAttempts } from "./signin-limits";

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
}

export const SIGNIN_PATH = "/signin";
const EIGHT_HOURS = 8 * 60 * 60;

/** Only same-site paths: an absolute callbackUrl could send people elsewhere. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export const authOptions: NextAuthOptions = {
  // Read when a request needs it, so `next build` never asks for the production secret.
  get secret() {
    return authSecret();
  },
  useSecureCookies: usesSecureCookies(),
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  pages: { signIn: SIGNIN_PATH, error: SIGNIN_PATH, signOut: SIGNIN_PATH },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const user = await verifyCredentials(credentials);
        if (!user) return null;
        await forgetFailedAttempts(user.email);
        return { id: user.userId, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.userId, sessionVersion: token.sessionVersion };
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return safeCallbackPath(url.slice(baseUrl.length));
      return safeCallbackPath(url);
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
