// The upcoming and past lists, as Prisma arguments: the site runs them through
// lib/events/queries.ts, and `npm run bench` times the very same queries.
import type { Prisma } from "@/lib/generated/prisma/client";
import { LONGEST_EVENT_MS } from "./schemas";
import { eventSummarySelect, PUBLIC_STATUSES } from "./select";

export type ListingOptions = { now?: Date; limit?: number; where?: Prisma.EventWhereInput };

/** Published and cancelled events: what residents may see. */
export const isPublic = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.EventWhereInput;

/**
 * The earliest start of an event still under way. It follows from endsAt >= now, but
 * lets the (startsAt, id) index start reading near now instead of at the first event.
 */
export function startedNoEarlierThan(now: Date): Date {
  return new Date(now.getTime() - LONGEST_EVENT_MS);
}

/** Events still to come or under way, soonest first. */
export function upcomingEventsArgs({ now = new Date(), limit = 50, where = {} }: ListingOptions = {}) {
  return {
    where: { AND: [isPublic, where, { endsAt: { gte: now }, startsAt: { gt: startedNoEarlierThan(now) } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: eventSummarySelect,
  } satisfies Prisma.EventFindManyArgs;
}

/** Events that have ended (so started before now), most recent first. */
export function pastEventsArgs({ now = new Date(), limit = 50, where = {} }: ListingOptions = {}) {
  return {
    where: { AND: [isPublic, where, { endsAt: { lt: now }, startsAt: { lt: now } }] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: limit,
    select: eventSummarySelect,
  } satisfies Prisma.EventFindManyArgs;
}
