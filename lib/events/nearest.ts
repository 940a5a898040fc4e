// The nearest upcoming events to a place, however far: for an empty near-me search (which
// names the nearest one and the radius that reaches it) and the home page's "near you".
import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { RADIUS_CHOICES } from "@/lib/geo/distances";
import { EVENT_LISTS_TAG } from "./cache";
import { loadSearchHits, searchEventIds, type SearchHit } from "./search";
import type { SearchFilters } from "./search-params";
import { eventFilterSql, nearbyVenuesSql, type SearchRow } from "./search-sql";

type Near = NonNullable<SearchFilters["near"]>;
type NearFilters = SearchFilters & { near: Near };

export type NearestEvents = {
  /** Nearest first; empty when none is within the widest radius a search offers. */
  events: SearchHit[];
  /** The smallest radius a search offers that holds them all, or null when there are none. */
  radiusMiles: number | null;
};

type Options = {
  count?: number;
  /** Only radii wider than this are searched (an empty search's own radius). */
  beyondMiles?: number;
  /** The next event at each of the `count` nearest venues, not one venue's next dates. */
  onePerVenue?: boolean;
};

/**
 * The `count` nearest upcoming events matching the filters, searched ring by ring through
 * the radii a search offers: each ring is the bounded, indexed near-me query (a box on the
 * venue index), and the first ring that holds `count` events holds the nearest ones.
 * Nothing past the widest radius is looked for: that box would read the whole country.
 */
export async function findNearestEvents(
  filters: NearFilters,
  { count = 1, beyondMiles = 0, onePerVenue = false }: Options = {},
): Promise<NearestEvents> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  let found: SearchRow[] = [];
  let radiusMiles: number | null = null;
  for (const ring of RADIUS_CHOICES.filter((miles) => miles > beyondMiles)) {
    const within = { ...filters, near: { ...filters.near, radiusMiles: ring } };
    found = onePerVenue
      ? await prisma.$queryRaw<SearchRow[]>(nextEventPerVenueSql(within, count))
      : await searchEventIds(within, { pageSize: count, counted: false });
    if (found.length > 0) radiusMiles = ring;
    if (found.length >= count) break;
  }
  const events = await loadSearchHits(found.slice(0, count));
  return { events, radiusMiles: events.length > 0 ? radiusMiles : null };
}

/** The next matching event at each of the `count` nearest venues within the radius, nearest first. */
function nextEventPerVenueSql(filters: NearFilters, count: number, now = new Date()): Prisma.Sql {
  return Prisma.sql`
    WITH nv AS (${nearbyVenuesSql(filters.near)})
    SELECT DISTINCT ON (nv.distance, e."venueId") e.id, nv.distance, NULL::bigint AS total
    FROM "Event" e JOIN nv ON nv.id = e."venueId"
    WHERE ${eventFilterSql(filters, now, false)}
    ORDER BY nv.distance ASC, e."venueId", e."startsAt" ASC, e.id ASC
    LIMIT ${count}`;
}
