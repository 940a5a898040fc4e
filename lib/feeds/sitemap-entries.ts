import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { EVENT_LISTS_TAG } from "@/lib/events/cache";
import { DEPARTMENT_DIRECTORY_TAG } from "@/lib/departments/cache";
import { isPublic } from "@/lib/events/listing-args";

/** A sitemap holds at most 50,000 addresses. */
const SITEMAP_LIMIT = 45_000;

/** Public pages search engines should know: events (never drafts), departments, venues. */
export async function listSitemapEntries() {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG, DEPARTMENT_DIRECTORY_TAG);
  const [events, departments, venues] = await Promise.all([
    prisma.event.findMany({
      where: isPublic,
      select: { slug: true, updatedAt: true },
      orderBy: { startsAt: "desc" },
      take: SITEMAP_LIMIT,
    }),
    prisma.department.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    prisma.venue.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  return { events, departments, venues };
}
