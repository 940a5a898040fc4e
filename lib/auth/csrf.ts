// next-auth's double-submit CSRF token, made the way next-auth checks it, so that our own
// server-rendered sign-in page can post to next-auth's credentials callback without JS.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { authSecret } from "./secret";

function hashOf(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

/** The token inside a valid csrf cookie value ("token|hash"), or null. */
export function csrfTokenFromCookie(value: string | undefined): string | null {
  if (!value) return null;
  const [token, hash] = value.split("|");
  return token && hash && hashOf(token) === hash ? token : null;
}

export function newCsrfCookieValue(): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${hashOf(token)}`;
}
