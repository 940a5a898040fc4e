import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { EVENT_LISTS_TAG } from "./cache";
import { withCommentCounts } from "./comment-counts";
import { eventSearchSelect, type EventSearchResult } from "./select";
import { isFiltered, searchIdsSql, type SearchRow } from "./search-sql";
import type { SearchFilters } from "./search-params";

export const PAGE_SIZE = 20;

export type SearchHit = EventSearchResult & { distanceMiles: number | null };
/**
 * One page of results. A search without filters is not counted (it would read every
 * upcoming event): its `total` and `pageCount` are null, and `hasNext` says whether
 * another page follows.
 */
export type SearchPage = {
  events: SearchHit[];
  total: number | null;
  page: number;
  pageCount: number | null;
  hasNext: boolean;
  /** The page is empty because it lies past the last one (there are results on page 1). */
  pastTheEnd: boolean;
};

type Options = { now?: Date; page?: number; pageSize?: number; past?: boolean };

/**
 * The ids and distances of one page of matching events in display order, one more when a
 * next page follows; with the count of all matches when `counted` (filtered searches).
 */
export function searchEventIds(
  filters: SearchFilters,
  options: Options & { counted?: boolean } = {},
): Promise<SearchRow[]> {
  return prisma.$queryRaw<SearchRow[]>(searchIdsSql(filters, { pageSize: PAGE_SIZE, ...options }));
}

/** One page of public events matching the filters: by distance when searching near a place, else by time. */
export async function searchEvents(filters: SearchFilters, options: Options = {}): Promise<SearchPage> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const page = options.page ?? 1;
  const found = await searchEventIds(filters, { ...options, page, pageSize });
  const rows = found.slice(0, pageSize);
  const events = await loadSearchHits(rows);
  const counted = isFiltered(filters);
  const first = rows.length === 0 && page > 1 ? await firstRow(filters, options) : undefined;
  const total = counted ? Number((rows[0] ?? first)?.total ?? 0) : null;
  return {
    events,
    total,
    page,
    pageCount: total === null ? null : Math.max(1, Math.ceil(total / pageSize)),
    hasNext: found.length > pageSize,
    pastTheEnd: first !== undefined,
  };
}

/** The public events of the given rows, in their order, with their distances. */
export async function loadSearchHits(rows: Pick<SearchRow, "id" | "distance">[]): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const loaded = await prisma.event.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: eventSearchSelect,
  });
  const byId = new Map((await withCommentCounts(loaded)).map((event) => [event.id, event]));
  return rows.flatMap((row) => {
    const event = byId.get(row.id);
    return event ? [{ ...event, distanceMiles: row.distance }] : [];
  });
}

/** A page past the end has no rows to carry the count: the first page's first row does. */
async function firstRow(filters: SearchFilters, options: Options): Promise<SearchRow | undefined> {
  return (await searchEventIds(filters, { ...options, page: 1, pageSize: 1 }))[0];
}
