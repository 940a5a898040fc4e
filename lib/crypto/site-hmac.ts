import "server-only";
import { createHmac, type Hmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

/**
 * An HMAC keyed with the site's secret salt, separate per purpose ("address",
 * "account", "comment-form"). The salt must stay secret (there are only 2^32 IPv4
 * addresses to try), so without ADDRESS_HASH_SALT it is derived from the session
 * secret, which production must set anyway.
 */
export function siteHmac(purpose: string): Hmac {
  const salt = env().ADDRESS_HASH_SALT ?? `derived:${authSecret()}`;
  return createHmac("sha256", `${purpose}:${salt}`);
}
