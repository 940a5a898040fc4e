// Sign-in attempts are limited so that guessing is slow, without letting someone who
// merely knows an email keep its owner out (docs/decisions/0010-rate-limit-keys.md):
// - per account and address: one client gets 5 tries at one account;
// - per address: one client gets 50 tries across all accounts;
// - per account from unknown browsers: many clients together get 50 tries at one
//   account; a browser where the account signed in before (a signed cookie says so)
//   is not counted there, so its owner still gets in during a distributed attack.
// All live in PostgreSQL, shared by every instance.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { consumeRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { clientAddressHash } from "@/lib/http/client-address";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { accountKey } from "./credentials";

const WINDOW = 15 * 60;
export const SIGNIN_PER_ACCOUNT_AND_ADDRESS: RateLimitRule = {
  name: "signin:account-address",
  limit: 5,
  windowSeconds: WINDOW,
};
export const SIGNIN_PER_ADDRESS: RateLimitRule = { name: "signin:address", limit: 50, windowSeconds: WINDOW };
export const SIGNIN_PER_ACCOUNT_UNKNOWN_BROWSERS: RateLimitRule = {
  name: "signin:account-unknown-browsers",
  limit: 50,
  windowSeconds: WINDOW,
};

/** The cookie that marks a browser where an account signed in before. */
export const KNOWN_BROWSER_COOKIE = "cwac-known-browser";
export const KNOWN_BROWSER_SECONDS = 180 * 24 * 60 * 60;

export function knownBrowserToken(email: string): string {
  return siteHmac("known-browser").update(accountKey(email)).digest("base64url");
}

function cookieValue(headers: Headers, name: string): string[] {
  return (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}

export function isKnownBrowser(email: string, headers: Headers): boolean {
  const expected = Buffer.from(knownBrowserToken(email));
  return cookieValue(headers, KNOWN_BROWSER_COOKIE).some((value) => {
    const given = Buffer.from(value);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeSignInAttempt(email: string, headers: Headers): Promise<SignInLimit> {
  const account = accountKey(email);
  const address = clientAddressHash(headers);
  const checks = await Promise.all([
    consumeRateLimit(SIGNIN_PER_ACCOUNT_AND_ADDRESS, `${account}:${address}`),
    consumeRateLimit(SIGNIN_PER_ADDRESS, address),
    isKnownBrowser(email, headers) ? null : consumeRateLimit(SIGNIN_PER_ACCOUNT_UNKNOWN_BROWSERS, account),
  ]);
  const refused = checks.filter((check) => check !== null && !check.allowed);
  if (refused.length === 0) return { allowed: true };
  const [accountAndAddress, perAddress, perAccount] = checks;
  console.warn("[auth] sign-in rate limited", {
    accountAndAddress: !accountAndAddress.allowed,
    address: !perAddress.allowed,
    accountFromUnknownBrowsers: perAccount ? !perAccount.allowed : false,
  });
  return {
    allowed: false,
    retryAfterSeconds: Math.max(...refused.map((check) => check?.retryAfterSeconds ?? 1)),
  };
}

/** After a successful sign-in this client starts afresh on the account; other counts stay. */
export function forgetFailedAttempts(email: string, headers: Headers): Promise<void> {
  return resetRateLimit(SIGNIN_PER_ACCOUNT_AND_ADDRESS, `${accountKey(email)}:${clientAddressHash(headers)}`);
}
