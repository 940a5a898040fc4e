// The public reads of events: lists and pages. What staff see in /admin is in
// staff-queries.ts.
import "server-only";
import { prisma } from "@/lib/db/client";
import { parseSlugParam } from "@/lib/http/slug-param";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { departmentEventsTag, EVENT_LISTS_TAG, eventTag, venueEventsTag } from "./cache";
import { withCommentCounts } from "./comment-counts";
import { nextNationalDay } from "./national-day";
import { searchEvents, type SearchHit } from "./search";
import { isPublic, pastEventsArgs, upcomingEventsArgs, type ListingOptions } from "./listing-args";
import { eventDetailSelect, hostedInPublicBy, type EventDetail, type EventSummary } from "./select";

export type { AdminEventRow, EditableEvent } from "./select";

/** Events still to come or under way, soonest first. */
export async function listUpcomingEvents(options: ListingOptions = {}): Promise<EventSummary[]> {
  return withCommentCounts(await prisma.event.findMany(upcomingEventsArgs(options)));
}

/** Events that have ended, most recent first. */
export async function listPastEvents(options: ListingOptions = {}): Promise<EventSummary[]> {
  return withCommentCounts(await prisma.event.findMany(pastEventsArgs(options)));
}

/** A department's public events: those it hosts and, as a co-host, accepted. */
export const hostedBy = (departmentId: string): Prisma.EventWhereInput => hostedInPublicBy(departmentId);

export const heldAt = (venueId: string): Prisma.EventWhereInput => ({ venueId });

export type HomeEvents = {
  events: EventSummary[];
  nationalDay: { dateKey: string; highlight: boolean };
  nationalDayEvents: SearchHit[] | null;
};

/** The home page's lists: the next events anywhere, and National Coffee with a Cop Day's when it is near. */
export async function loadHomeEvents(limit: number): Promise<HomeEvents> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const nationalDay = nextNationalDay(new Date());
  const [events, nationalDayEvents] = await Promise.all([
    listUpcomingEvents({ limit }),
    nationalDay.highlight
      ? searchEvents(
          { dateRange: "custom", from: nationalDay.dateKey, to: nationalDay.dateKey },
          { pageSize: 12 },
        )
      : null,
  ]);
  return { events, nationalDay, nationalDayEvents: nationalDayEvents?.events ?? null };
}

export type EventsOf = { upcoming: EventSummary[]; past: EventSummary[] };

/** A department's public events (those it hosts and, as a co-host, accepted), for its page. */
export async function listDepartmentEvents(department: { id: string; slug: string }): Promise<EventsOf> {
  "use cache";
  cachedFor("listings", departmentEventsTag(department.slug));
  const where = hostedBy(department.id);
  const [upcoming, past] = await Promise.all([
    listUpcomingEvents({ where, limit: 50 }),
    listPastEvents({ where, limit: 20 }),
  ]);
  return { upcoming, past };
}

/** The public events held at a venue, for its page. */
export async function listVenueEvents(venue: { id: string; slug: string }): Promise<EventsOf> {
  "use cache";
  cachedFor("listings", venueEventsTag(venue.slug));
  const where = heldAt(venue.id);
  const [upcoming, past] = await Promise.all([
    listUpcomingEvents({ where, limit: 50 }),
    listPastEvents({ where, limit: 20 }),
  ]);
  return { upcoming, past };
}

/** A public event, or null for drafts, unknown and malformed slugs (all a 404). */
export async function findPublicEvent(slugParam: string): Promise<EventDetail | null> {
  "use cache";
  const slug = parseSlugParam(slugParam);
  cachedFor("profiles", eventTag(slug ?? "-"));
  if (!slug) return null;
  return prisma.event.findFirst({ where: { slug, ...isPublic }, select: eventDetailSelect });
}

/** A published event's flyer; null for drafts and cancelled events too (no flyer for those: a 404). */
export async function findFlyerEvent(slugParam: string): Promise<EventDetail | null> {
  const event = await findPublicEvent(slugParam);
  return event?.status === "PUBLISHED" ? event : null;
}
