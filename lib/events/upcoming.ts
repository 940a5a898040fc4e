// The upcoming-events read, as Prisma arguments: the site runs it through
// listUpcomingEvents, and `npm run bench` times the very same query.
import type { Prisma } from "@/lib/generated/prisma/client";
import { LONGEST_EVENT_MS } from "./schemas";
import { eventSummarySelect, PUBLIC_STATUSES } from "./select";

export function upcomingEventsArgs(
  options: { now?: Date; limit?: number; where?: Prisma.EventWhereInput } = {},
) {
  const { now = new Date(), limit = 50, where = {} } = options;
  return {
    where: {
      AND: [
        { status: { in: [...PUBLIC_STATUSES] } },
        where,
        { endsAt: { gte: now }, startsAt: { gt: new Date(now.getTime() - LONGEST_EVENT_MS) } },
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: eventSummarySelect,
  } satisfies Prisma.EventFindManyArgs;
}
