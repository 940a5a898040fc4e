import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/feeds/site-url";

/** Public pages are for everyone; sign-in, staff and API pages are not for search engines. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // The running site's SITE_URL, not the one the build saw.
  await connection();
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/signin", "/embed/", "/events/search"] },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
