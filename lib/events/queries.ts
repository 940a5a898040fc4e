import "server-only";
import { prisma } from "@/lib/db/client";
import { parseSlugParam } from "@/lib/http/slug-param";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPublic, pastEventsArgs, upcomingEventsArgs, type ListingOptions } from "./listing-args";
import { eventDetailSelect, hostedInPublicBy, type EventDetail, type EventSummary } from "./select";

/** Events still to come or under way, soonest first. */
export function listUpcomingEvents(options: ListingOptions = {}) {
  return prisma.event.findMany(upcomingEventsArgs(options)) satisfies Promise<EventSummary[]>;
}

/** Events that have ended, most recent first. */
export function listPastEvents(options: ListingOptions = {}) {
  return prisma.event.findMany(pastEventsArgs(options)) satisfies Promise<EventSummary[]>;
}

/** A department's public events: those it hosts and, as a co-host, accepted. */
export const hostedBy = (departmentId: string): Prisma.EventWhereInput => hostedInPublicBy(departmentId);

export const heldAt = (venueId: string): Prisma.EventWhereInput => ({ venueId });

/** A public event, or null for drafts, unknown and malformed slugs (all a 404). */
export async function findPublicEvent(slugParam: string): Promise<EventDetail | null> {
  const slug = parseSlugParam(slugParam);
  if (!slug) return null;
  return prisma.event.findFirst({ where: { slug, ...isPublic }, select: eventDetailSelect });
}
