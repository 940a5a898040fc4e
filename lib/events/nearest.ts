// The nearest upcoming events to a place, however far: for an empty near-me search (which
// names the nearest one and the radius that reaches it) and the home page's "near you".
import "server-only";
import { cachedFor } from "@/lib/cache/cached-for";
import { RADIUS_CHOICES } from "@/lib/geo/distances";
import { EVENT_LISTS_TAG } from "./cache";
import { loadSearchHits, searchEventIds, type SearchHit } from "./search";
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
  { count = 1, beyondMiles = 0 }: { count?: number; beyondMiles?: number } = {},
): Promise<NearestEvents> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const rings = RADIUS_CHOICES.filter((miles) => miles > beyondMiles);
  let found: Awaited<ReturnType<typeof searchEventIds>> = [];
  let radiusMiles: number | null = null;
  for (const ring of rings) {
    found = await searchEventIds(
      { ...filters, near: { ...filters.near, radiusMiles: ring } },
      { pageSize: count, counted: false },
    );
    if (found.length > 0) radiusMiles = ring;
    if (found.length >= count) break;
  }
  const rows = found.slice(0, count);
  const events = await loadSearchHits(rows);
  return { events, radiusMiles: events.length > 0 ? radiusMiles : null };
}
