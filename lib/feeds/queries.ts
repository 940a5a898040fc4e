// Every read of the feeds: the events a calendar, feed or widget carries, and the sitemap.
import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { DEPARTMENT_DIRECTORY_TAG } from "@/lib/departments/cache";
import { EVENT_LISTS_TAG } from "@/lib/events/cache";
import { searchEventIds } from "@/lib/events/search";
import type { SearchFilters } from "@/lib/events/search-params";
import { eventDetailSelect, type EventDetail } from "@/lib/events/select";
import { isPublic } from "@/lib/events/listing-args";

/** Calendars and feeds carry at most this many upcoming events. */
export const FEED_LIMIT = 200;

/** Public events matching a search, with their full details, in the search's order. */
export async function listFeedEvents(
  filters: SearchFilters,
  options: { now?: Date } = {},
): Promise<EventDetail[]> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const rows = await searchEventIds(filters, { now: options.now, pageSize: FEED_LIMIT, counted: false });
  const events = await prisma.event.findMany({
    where: { id: { in: rows.slice(0, FEED_LIMIT).map((r) => r.id) } },
    select: eventDetailSelect,
  });
  const byId = new Map(events.map((event) => [event.id, event]));
  return rows.flatMap((row) => byId.get(row.id) ?? []);
}

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
