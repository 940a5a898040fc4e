import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapEntries } from "@/lib/feeds/queries";
import { absoluteUrl } from "@/lib/feeds/site-url";
import { LOCALES, localizedPath } from "@/lib/i18n/routing";

type Entry = MetadataRoute.Sitemap[number];

/** A page in English, naming its twin in each language (hreflang in the sitemap). */
function page(path: string, entry: Omit<Entry, "url" | "alternates">): Entry {
  const languages = Object.fromEntries(
    LOCALES.map((locale) => [locale, absoluteUrl(localizedPath(locale, path))]),
  );
  return { url: absoluteUrl(path), ...entry, alternates: { languages } };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // The running site's SITE_URL, not the one the build saw; the entries are cached.
  await connection();
  const { events, departments, venues } = await listSitemapEntries();
  const english = [
    page("/", { changeFrequency: "daily", priority: 1 }),
    page("/events", { changeFrequency: "daily", priority: 0.9 }),
    page("/events/past", { changeFrequency: "weekly", priority: 0.3 }),
    page("/departments", { changeFrequency: "weekly", priority: 0.6 }),
    page("/propose", { changeFrequency: "monthly", priority: 0.4 }),
    ...["/privacy", "/accessibility", "/contact"].map((path) =>
      page(path, { changeFrequency: "monthly", priority: 0.2 }),
    ),
    ...events.map((e) => page(`/events/${e.slug}`, { lastModified: e.updatedAt, priority: 0.8 })),
    ...departments.map((d) => page(`/departments/${d.slug}`, { lastModified: d.updatedAt, priority: 0.7 })),
    ...venues.map((v) => page(`/venues/${v.slug}`, { lastModified: v.updatedAt, priority: 0.4 })),
  ];
  // Each Spanish page is listed too, with the same alternates.
  const spanish = english.map((entry) => ({
    ...entry,
    url: entry.alternates!.languages!.es!,
  }));
  return [...english, ...spanish];
}
