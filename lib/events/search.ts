import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { EVENT_LISTS_TAG } from "./cache";
import { eventSearchSelect, type EventSearchResult } from "./select";
import { searchIdsSql, type SearchRow } from "./search-sql";
import type { SearchFilters } from "./search-params";

export const PAGE_SIZE = 20;

export type SearchHit = EventSearchResult & { distanceMiles: number | null };
export type SearchPage = { events: SearchHit[]; total: number; page: number; pageCount: number };

type Options = { now?: Date; page?: number; pageSize?: number; past?: boolean };

/** The ids, distances and total count of one page of matching events, in display order. */
export function searchEventIds(filters: SearchFilters, options: Options = {}): Promise<SearchRow[]> {
  return prisma.$queryRaw<SearchRow[]>(searchIdsSql(filters, { pageSize: PAGE_SIZE, ...options }));
}

/** One page of public events matching the filters: by distance when searching near a place, else by time. */
export async function searchEvents(filters: SearchFilters, options: Options = {}): Promise<SearchPage> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const page = options.page ?? 1;
  const rows = await searchEventIds(filters, { ...options, page, pageSize });
  const found = await prisma.event.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: eventSearchSelect,
  });
  const byId = new Map(found.map((event) => [event.id, event]));
  const events = rows.flatMap((row) => {
    const event = byId.get(row.id);
    return event ? [{ ...event, distanceMiles: row.distance }] : [];
  });
  const total = rows[0] ? Number(rows[0].total) : await countBeyondLastPage(filters, options);
  return { events, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A page past the end has no rows to carry the count: count on the first page instead. */
async function countBeyondLastPage(filters: SearchFilters, options: Options): Promise<number> {
  if ((options.page ?? 1) === 1) return 0;
  const rows = await searchEventIds(filters, { ...options, page: 1, pageSize: 1 });
  return rows[0] ? Number(rows[0].total) : 0;
}
