// Sign-in attempts are limited per account (slows guessing one password) and per client
// address (slows trying many accounts). Both live in PostgreSQL, shared by all instances.
import "server-only";
import { consumeRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { clientAddressHash } from "@/lib/http/client-address";
import { accountKey } from "./credentials";

export const SIGNIN_PER_ACCOUNT: RateLimitRule = { name: "signin:account", limit: 5, windowSeconds: 15 * 60 };
// Higher: without TRUSTED_PROXY_HEADER every client shares the address "unknown".
export const SIGNIN_PER_ADDRESS: RateLimitRule = {
  name: "signin:address",
  limit: 100,
  windowSeconds: 15 * 60,
};

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeSignInAttempt(email: string, headers: Headers): Promise<SignInLimit> {
  const [account, address] = await Promise.all([
    consumeRateLimit(SIGNIN_PER_ACCOUNT, accountKey(email)),
    consumeRateLimit(SIGNIN_PER_ADDRESS, clientAddressHash(headers)),
  ]);
  if (account.allowed && address.allowed) return { allowed: true };
  const retryAfterSeconds = Math.max(
    account.allowed ? 0 : account.retryAfterSeconds,
    address.allowed ? 0 : address.retryAfterSeconds,
  );
  console.warn("[auth] sign-in rate limited", { account: !account.allowed, address: !address.allowed });
  return { allowed: false, retryAfterSeconds };
}

/** After a successful sign-in the account starts afresh; the address count stays. */
export function forgetFailedAttempts(email: string): Promise<void> {
  return resetRateLimit(SIGNIN_PER_ACCOUNT, accountKey(email));
}
