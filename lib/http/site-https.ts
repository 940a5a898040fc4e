import { env } from "@/lib/env";

/**
 * Whether people reach the site over https, decided by its configured address
 * (NEXTAUTH_URL, else SITE_URL), never by a request's x-forwarded-proto, which any
 * client can send. Secure cookies, HSTS and upgrade-insecure-requests follow it.
 */
export function siteUsesHttps(): boolean {
  return (env().NEXTAUTH_URL ?? env().SITE_URL).startsWith("https://");
}
