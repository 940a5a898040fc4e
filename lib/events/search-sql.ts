// The WHERE clauses of an event search, in SQL: distance with a bounding-box prefilter
// on the venue index, local calendar dates in each event's own zone.
import { Prisma } from "@/lib/generated/prisma/client";
import { boundingBox, EARTH_RADIUS_MILES } from "@/lib/geo/distance";
import type { SearchFilters } from "./search-params";
import { startedNoEarlierThan } from "./listing-args";
import { acceptedHost, PUBLIC_STATUSES } from "./select";

/** The public statuses as SQL literals, so the statement (and its plan) stays the same. */
const publicStatusesSql = Prisma.raw(
  PUBLIC_STATUSES.map((status) => `'${status}'::"EventStatus"`).join(", "),
);

/** Venues within the radius and their distance; every venue (distance null) without a location. */
export function nearbyVenuesSql(near: SearchFilters["near"]): Prisma.Sql {
  if (!near) return Prisma.sql`SELECT v.id, v.name, v.city, NULL::float8 AS distance FROM "Venue" v`;
  const box = boundingBox(near, near.radiusMiles);
  const lat = near.latitude;
  const lng = near.longitude;
  return Prisma.sql`
    SELECT id, name, city, distance FROM (
      SELECT v.id, v.name, v.city,
        2 * ${EARTH_RADIUS_MILES}::float8 * asin(least(1, sqrt(
          power(sin(radians(v.latitude - ${lat}::float8) / 2), 2)
          + cos(radians(${lat}::float8)) * cos(radians(v.latitude))
            * power(sin(radians(v.longitude - ${lng}::float8) / 2), 2)))) AS distance
      FROM "Venue" v
      WHERE v.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
        AND v.longitude BETWEEN ${box.minLng}::float8 AND ${box.maxLng}::float8
    ) boxed
    WHERE distance <= ${near.radiusMiles}::float8`;
}

const localDate = Prisma.sql`(e."startsAt" AT TIME ZONE e."timeZone")::date`;

function dateRangeSql(filters: SearchFilters, now: Date): Prisma.Sql[] {
  const today = Prisma.sql`(${now}::timestamptz AT TIME ZONE e."timeZone")::date`;
  switch (filters.dateRange) {
    case "today":
      return [Prisma.sql`${localDate} = ${today}`];
    case "week": // the next 7 days, today included
      return [Prisma.sql`${localDate} BETWEEN ${today} AND ${today} + 6`];
    case "month": // the next 30 days, today included
      return [Prisma.sql`${localDate} BETWEEN ${today} AND ${today} + 29`];
    case "custom":
      return [
        ...(filters.from ? [Prisma.sql`${localDate} >= ${filters.from}::date`] : []),
        ...(filters.to ? [Prisma.sql`${localDate} <= ${filters.to}::date`] : []),
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
      OR nv.name ILIKE ${pattern} OR nv.city ILIKE ${pattern})`);
  }
  return Prisma.join(clauses, " AND ");
}

export type SearchRow = { id: string; distance: number | null; total: bigint };

/** One page of matching event ids with their distance and the total count, in display order. */
export function searchIdsSql(
  filters: SearchFilters,
  {
    now = new Date(),
    page = 1,
    pageSize,
    past = false,
  }: { now?: Date; page?: number; pageSize: number; past?: boolean },
): Prisma.Sql {
  const order = filters.near
    ? Prisma.sql`nv.distance ASC, e."startsAt" ASC, e.id ASC`
    : past
      ? Prisma.sql`e."startsAt" DESC, e.id ASC`
      : Prisma.sql`e."startsAt" ASC, e.id ASC`;
  return Prisma.sql`
    WITH nv AS (${nearbyVenuesSql(filters.near)})
    SELECT e.id, nv.distance, COUNT(*) OVER () AS total
    FROM "Event" e JOIN nv ON nv.id = e."venueId"
    WHERE ${eventFilterSql(filters, now, past)}
    ORDER BY ${order}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}
