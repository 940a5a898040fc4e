import "server-only";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { env } from "@/lib/env";

/**
 * The client's address, taken only from the header the configured trusted proxy sets
 * (TRUSTED_PROXY_HEADER). A header anyone can send is never believed otherwise.
 * For x-forwarded-for the last entry is the one our proxy appended.
 */
export function clientAddress(headers: Headers): string {
  const headerName = env().TRUSTED_PROXY_HEADER;
  if (!headerName) return "unknown";
  const value = headers.get(headerName);
  if (!value) return "unknown";
  const entries = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "unknown";
}

/** A salted hash of the address: what rate limits and comments store, never the address. */
export function hashAddress(address: string): string {
  return siteHmac("address").update(address).digest("hex").slice(0, 32);
}

export function clientAddressHash(headers: Headers): string {
  return hashAddress(clientAddress(headers));
}
