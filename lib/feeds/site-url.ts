import { env } from "@/lib/env";

/** An absolute URL on this site, for feeds, calendars, sitemaps and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}
