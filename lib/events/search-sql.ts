// The WHERE clauses of an event search, in SQL: distance with a bounding-box prefilter
// on the venue index, local calendar dates in each event's own zone.
import { Prisma } from "@/lib/generated/prisma/client";
import { boundingBox } from "@/lib/geo/distance";
import { milesBetweenSql } from "@/lib/geo/distance-sql";
import type { SearchFilters } from "./search-params";
import { startedNoEarlierThan } from "./listing-args";
import { acceptedHost, PUBLIC_STATUSES } from "./select";

/** The public statuses as SQL literals, so the statement (and its plan) stays the same. */
const publicStatusesSql = Prisma.raw(
  PUBLIC_STATUSES.map((status) => `'${status}'::"EventStatus"`).join(", "),
);

/** Venues within the radius and their distance, found through the (latitude, longitude) index. */
export function nearbyVenuesSql(near: NonNullable<SearchFilters["near"]>): Prisma.Sql {
  const box = boundingBox(near, near.radiusMiles);
  const lat = Prisma.sql`${near.latitude}::float8`;
  const lng = Prisma.sql`${near.longitude}::float8`;
  return Prisma.sql`
    SELECT id, distance FROM (
      SELECT v.id, ${milesBetweenSql(lat, lng, Prisma.sql`v.latitude`, Prisma.sql`v.longitude`)} AS distance
      FROM "Venue" v
      WHERE v.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
        AND v.longitude BETWEEN ${box.minLng}::float8 AND ${box.maxLng}::float8
    ) boxed
    WHERE distance <= ${near.radiusMiles}::float8`;
}

const localDate = Prisma.sql`(e."startsAt" AT TIME ZONE e."timeZone")::date`;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const startOfUtcDay = (dateKey: string) => new Date(`${dateKey}T00:00:00Z`);

/**
 * Bounds on startsAt that the local dates imply, two days wide on each side (time zones
 * reach 14 hours from UTC, a local day lasts up to 25 hours): they let the
 * (startsAt, id) index read the days asked for instead of every upcoming event.
 */
function startsAtBoundsSql(after: Date | undefined, before: Date | undefined): Prisma.Sql[] {
  return [
    ...(after ? [Prisma.sql`e."startsAt" >= ${daysFrom(after, -2)}`] : []),
    ...(before ? [Prisma.sql`e."startsAt" < ${daysFrom(before, 2)}`] : []),
  ];
}

function dateRangeSql(filters: SearchFilters, now: Date): Prisma.Sql[] {
  const today = Prisma.sql`(${now}::timestamptz AT TIME ZONE e."timeZone")::date`;
  switch (filters.dateRange) {
    case "today":
      return [Prisma.sql`${localDate} = ${today}`, ...startsAtBoundsSql(now, daysFrom(now, 1))];
    case "week": // the next 7 days, today included
      return [
        Prisma.sql`${localDate} BETWEEN ${today} AND ${today} + 6`,
        ...startsAtBoundsSql(now, daysFrom(now, 7)),
      ];
    case "month": // the next 30 days, today included
      return [
        Prisma.sql`${localDate} BETWEEN ${today} AND ${today} + 29`,
        ...startsAtBoundsSql(now, daysFrom(now, 30)),
      ];
    case "custom":
      return [
        ...(filters.from ? [Prisma.sql`${localDate} >= ${filters.from}::date`] : []),
        ...(filters.to ? [Prisma.sql`${localDate} <= ${filters.to}::date`] : []),
        ...startsAtBoundsSql(
          filters.from ? startOfUtcDay(filters.from) : undefined,
          filters.to ? daysFrom(startOfUtcDay(filters.to), 1) : undefined,
        ),
      ];
    default:
      return [];
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function eventFilterSql(filters: SearchFilters, now: Date, past: boolean): Prisma.Sql {
  const clauses: Prisma.Sql[] = [
    Prisma.sql`e.status IN (${publicStatusesSql})`,
    // The startsAt bounds follow from the endsAt ones; they let the index do the work.
    past
      ? Prisma.sql`e."endsAt" < ${now} AND e."startsAt" < ${now}`
      : Prisma.sql`e."endsAt" >= ${now} AND e."startsAt" > ${startedNoEarlierThan(now)}`,
    ...dateRangeSql(filters, now),
  ];
  if (filters.format) clauses.push(Prisma.sql`e.format = ${filters.format}::"EventFormat"`);
  if (filters.language) clauses.push(Prisma.sql`${filters.language} = ANY(e.languages)`);
  if (filters.department) {
    clauses.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventHost" h JOIN "Department" d ON d.id = h."departmentId"
      WHERE h."eventId" = e.id AND h.state = ${acceptedHost.state}::"HostState" AND d.slug = ${filters.department})`);
  }
  if (filters.text) {
    const pattern = `%${escapeLike(filters.text)}%`;
    clauses.push(Prisma.sql`(e.title ILIKE ${pattern} OR e.description ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Venue" v WHERE v.id = e."venueId"
        AND (v.name ILIKE ${pattern} OR v.city ILIKE ${pattern})))`);
  }
  return Prisma.join(clauses, " AND ");
}

export type SearchRow = { id: string; distance: number | null; total: bigint | null };

/**
 * Whether a search narrows the events down. Only such a search is counted: counting
 * every upcoming event on each view of /events would read the whole table.
 */
export const isFiltered = (filters: SearchFilters) =>
  Boolean(
    filters.near ||
    filters.dateRange !== "any" ||
    filters.department ||
    filters.format ||
    filters.language ||
    filters.text,
  );

/**
 * One page of matching event ids with their distance in display order, and one row more
 * when there is a next page. `total` is the count of all matches when `counted` (by
 * default, for filtered searches only), else null.
 */
export function searchIdsSql(
  filters: SearchFilters,
  {
    now = new Date(),
    page = 1,
    pageSize,
    past = false,
    counted = isFiltered(filters),
  }: { now?: Date; page?: number; pageSize: number; past?: boolean; counted?: boolean },
): Prisma.Sql {
  const order = filters.near
    ? Prisma.sql`nv.distance ASC, e."startsAt" ASC, e.id ASC`
    : past
      ? Prisma.sql`e."startsAt" DESC, e.id ASC`
      : Prisma.sql`e."startsAt" ASC, e.id ASC`;
  const total = counted ? Prisma.sql`COUNT(*) OVER ()` : Prisma.sql`NULL::bigint`;
  const where = eventFilterSql(filters, now, past);
  const limit = Prisma.sql`LIMIT ${pageSize + 1} OFFSET ${(page - 1) * pageSize}`;
  if (!filters.near) {
    return Prisma.sql`
      SELECT e.id, NULL::float8 AS distance, ${total} AS total
      FROM "Event" e WHERE ${where} ORDER BY ${order} ${limit}`;
  }
  return Prisma.sql`
    WITH nv AS (${nearbyVenuesSql(filters.near)})
    SELECT e.id, nv.distance, ${total} AS total
    FROM "Event" e JOIN nv ON nv.id = e."venueId"
    WHERE ${where} ORDER BY ${order} ${limit}`;
}
