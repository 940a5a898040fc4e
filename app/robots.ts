import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/feeds/site-url";

export const dynamic = "force-dynamic";

/** Public pages are for everyone; sign-in, staff and API pages are not for search engines. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/signin", "/embed/", "/events/search"] },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
