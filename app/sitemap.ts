import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapEntries } from "@/lib/feeds/queries";
import { absoluteUrl } from "@/lib/feeds/site-url";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // The running site's SITE_URL, not the one the build saw; the entries are cached.
  await connection();
  const { events, departments, venues } = await listSitemapEntries();
  return [
    { url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/events"), changeFrequency: "daily", priority: 0.9 },
    { url: absoluteUrl("/events/past"), changeFrequency: "weekly", priority: 0.3 },
    { url: absoluteUrl("/departments"), changeFrequency: "weekly", priority: 0.6 },
    ...events.map((e) => ({
      url: absoluteUrl(`/events/${e.slug}`),
      lastModified: e.updatedAt,
      priority: 0.8,
    })),
    ...departments.map((d) => ({
      url: absoluteUrl(`/departments/${d.slug}`),
      lastModified: d.updatedAt,
      priority: 0.7,
    })),
    ...venues.map((v) => ({
      url: absoluteUrl(`/venues/${v.slug}`),
      lastModified: v.updatedAt,
      priority: 0.4,
    })),
  ];
}
