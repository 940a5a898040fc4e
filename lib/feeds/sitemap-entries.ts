import "server-only";
import { prisma } from "@/lib/db/client";
import { isPublic } from "@/lib/events/listing-args";

/** A sitemap holds at most 50,000 addresses. */
const SITEMAP_LIMIT = 45_000;

/** Public pages search engines should know: events (never drafts), departments, venues. */
export async function listSitemapEntries() {
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
