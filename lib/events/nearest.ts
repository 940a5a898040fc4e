// The nearest upcoming events to a place, however far: for an empty near-me search (which
// names the nearest one and the radius that reaches it) and the home page's "near you".
import "server-only";
import { cachedFor } from "@/lib/cache/cached-for";
import { RADIUS_CHOICES } from "@/lib/geo/distances";
import { EVENT_LISTS_TAG } from "./cache";
import { loadSearchHits, searchEventIds, type SearchHit } from "./search";
import type { SearchRow } from "./search-sql";
import type { SearchFilters } from "./search-params";

type Near = NonNullable<SearchFilters["near"]>;

export type NearestEvents = {
  /** Nearest first; empty when none is within the widest radius a search offers. */
  events: SearchHit[];
  /** The smallest radius a search offers that holds them all, or null when there are none. */
  radiusMiles: number | null;
};

/**
 * The `count` nearest upcoming events matching the filters, searched ring by ring through
 * the radii a search offers (wider than `beyondMiles`): each ring is the bounded, indexed
 * near-me query (a box on the venue index), and the first ring that holds `count` events
 * holds the nearest ones. Nothing past the widest radius is looked for: that box would
 * read the whole country.
 */
export async function findNearestEvents(
  filters: SearchFilters & { near: Near },
  {
    count = 1,
    beyondMiles = 0,
    onePerVenue = false,
  }: {
    count?: number;
    beyondMiles?: number;
    /** The next event at each of the `count` nearest venues, not one venue's next dates. */
    onePerVenue?: boolean;
  } = {},
): Promise<NearestEvents> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  // Rows come nearest first, then soonest: a venue's first row is its next event. A few
  // rows per venue wanted leave room for venues with several dates (a bounded read still).
  const pageSize = onePerVenue ? count * ROWS_PER_VENUE : count;
  // Rows at one distance are one venue's (two venues exactly as far are a rounding rarity).
  const places = (rows: SearchRow[]) =>
    onePerVenue ? new Set(rows.map((row) => row.distance)).size : rows.length;
  let found: SearchRow[] = [];
  let radiusMiles: number | null = null;
  for (const ring of RADIUS_CHOICES.filter((miles) => miles > beyondMiles)) {
    found = await searchEventIds(
      { ...filters, near: { ...filters.near, radiusMiles: ring } },
      { pageSize, counted: false },
    );
    if (found.length > 0) radiusMiles = ring;
    if (places(found) >= count) break;
  }
  const hits = await loadSearchHits(found.slice(0, pageSize));
  const events = (onePerVenue ? firstAtEachVenue(hits) : hits).slice(0, count);
  return { events, radiusMiles: events.length > 0 ? radiusMiles : null };
}

const ROWS_PER_VENUE = 5;

function firstAtEachVenue(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.venue.slug) && seen.add(hit.venue.slug));
}
