import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { upcomingEventsArgs } from "./upcoming";
import {
  eventDetailSelect,
  eventSummarySelect,
  PUBLIC_STATUSES,
  type EventDetail,
  type EventSummary,
} from "./select";

const isPublic = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.EventWhereInput;

/** Events still to come or under way, soonest first. */
export function listUpcomingEvents(
  options: { now?: Date; limit?: number; where?: Prisma.EventWhereInput } = {},
) {
  return prisma.event.findMany(upcomingEventsArgs(options)) satisfies Promise<EventSummary[]>;
}

/** Events that have ended, most recent first. */
export function listPastEvents(options: { now?: Date; limit?: number; where?: Prisma.EventWhereInput } = {}) {
  const { now = new Date(), limit = 50, where = {} } = options;
  return prisma.event.findMany({
    where: { AND: [isPublic, where, { endsAt: { lt: now }, startsAt: { lt: now } }] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: limit,
    select: eventSummarySelect,
  }) satisfies Promise<EventSummary[]>;
}

export const hostedBy = (departmentId: string): Prisma.EventWhereInput => ({
  hosts: { some: { departmentId } },
});

export const heldAt = (venueId: string): Prisma.EventWhereInput => ({ venueId });

/** A public event, or null for drafts and unknown slugs (both are a 404). */
export function findPublicEvent(slug: string): Promise<EventDetail | null> {
  return prisma.event.findFirst({ where: { slug, ...isPublic }, select: eventDetailSelect });
}
