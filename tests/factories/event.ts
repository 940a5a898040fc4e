import type {
  Department,
  Event,
  EventFormat,
  EventHost,
  HostState,
  Prisma,
  Venue,
} from "../../lib/generated/prisma/client";
import { FORMAT_LABELS } from "../../lib/events/labels";
import { leadHostFirst } from "../../lib/events/select";
import type { Db } from "./db";
import { createDepartment } from "./department";
import { atLocalTime, localDateKey } from "./local-time";
import { uniqueSuffix } from "./unique";
import { createVenue } from "./venue";

export type EventInput = Prisma.EventCreateManyInput;
export type VenueRef = Pick<Venue, "id" | "slug" | "name" | "timeZone">;

export const FORMAT_SLUG_PREFIXES: Record<EventFormat, string> = {
  COFFEE_WITH_A_COP: "coffee-with-a-cop",
  CONE_WITH_A_COP: "cone-with-a-cop",
  COMMUNITY_ROUNDTABLE: "community-roundtable",
  OTHER: "community-meetup",
};

/** "coffee-with-a-cop-peiranos-2026-12-02": readable, dated on the venue's calendar. */
export function eventSlug(prefix: string, placeKey: string, startsAt: Date, zone: string): string {
  return `${prefix}-${placeKey}-${localDateKey(startsAt, zone)}`;
}

export type BuildEventOptions = Partial<Omit<EventInput, "venueId" | "startsAt" | "endsAt">> & {
  venue: VenueRef;
  startsAt?: Date;
  durationMinutes?: number;
};

/** A published event a week from now at 8:00 local time, unless told otherwise. */
export function buildEvent({
  venue,
  startsAt,
  durationMinutes = 90,
  ...overrides
}: BuildEventOptions): EventInput {
  const start = startsAt ?? aWeekFromNowAtEight(venue.timeZone);
  const format = overrides.format ?? "COFFEE_WITH_A_COP";
  return {
    slug: `${eventSlug(FORMAT_SLUG_PREFIXES[format], venue.slug, start, venue.timeZone)}-${uniqueSuffix()}`,
    title: `${FORMAT_LABELS[format]} at ${venue.name}`,
    description:
      "Grab a cup of coffee and talk with the officers who patrol your neighborhood. No agenda and no speeches: bring your questions, concerns and ideas.",
    format,
    startsAt: start,
    endsAt: new Date(start.getTime() + durationMinutes * 60_000),
    timeZone: venue.timeZone,
    status: "PUBLISHED",
    languages: ["en"],
    ...overrides,
    venueId: venue.id,
  };
}

function aWeekFromNowAtEight(zone: string): Date {
  const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60_000);
  return atLocalTime(localDateKey(inAWeek, zone), "08:00", zone);
}

export type CreateEventOptions = Omit<BuildEventOptions, "venue"> & {
  /** Created when left out. */
  venue?: VenueRef;
  /** The hosting departments (accepted), first one first; one new department when left out. */
  hosts?: Pick<Department, "id">[];
  /** Departments invited to co-host that have not answered yet. */
  invited?: Pick<Department, "id">[];
};

export async function createEvent(
  db: Db,
  { venue, hosts, invited = [], ...options }: CreateEventOptions = {},
): Promise<Event & { hosts: EventHost[] }> {
  const place = venue ?? (await createVenue(db));
  const hostList = hosts ?? [await createDepartment(db, { timeZone: place.timeZone })];
  return db.event.create({
    data: {
      ...buildEvent({ venue: place, ...options }),
      hosts: {
        createMany: {
          data: hostRows(hostList, invited),
        },
      },
    },
    include: { hosts: { orderBy: leadHostFirst } },
  });
}

/**
 * Host rows: the first of `hosts` leads, the rest co-host; `invited` have not answered yet.
 * Each row is a millisecond after the one before, as rows were written before the lead
 * was a column, so tests can replay the old migrations' backfills (earliest host first).
 */
export function hostRows(
  hosts: Pick<Department, "id">[],
  invited: Pick<Department, "id">[] = [],
  base = new Date(),
): { departmentId: string; state: HostState; isLead: boolean; createdAt: Date }[] {
  const rows = [
    ...hosts.map((host, index) => ({
      departmentId: host.id,
      state: "ACCEPTED" as const,
      isLead: index === 0,
    })),
    ...invited.map((host) => ({ departmentId: host.id, state: "INVITED" as const, isLead: false })),
  ];
  return rows.map((row, index) => ({ ...row, createdAt: new Date(base.getTime() + index) }));
}
