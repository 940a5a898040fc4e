// The great-circle distance in miles as SQL (haversine, as milesBetween computes it), for
// queries that filter and sort by distance in PostgreSQL: the near-me search and alerts.
import { Prisma } from "@/lib/generated/prisma/client";
import { EARTH_RADIUS_MILES } from "./distance";

/** Miles between two points given as SQL expressions (columns or float8 parameters). */
export function milesBetweenSql(
  aLat: Prisma.Sql,
  aLng: Prisma.Sql,
  bLat: Prisma.Sql,
  bLng: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`2 * ${EARTH_RADIUS_MILES}::float8 * asin(least(1, sqrt(
          power(sin(radians(${bLat} - ${aLat}) / 2), 2)
          + cos(radians(${aLat})) * cos(radians(${bLat}))
            * power(sin(radians(${bLng} - ${aLng}) / 2), 2))))`;
}
