import type { NextRequest } from "next/server";
import { hasErrors, parseSearch, searchQuery } from "@/lib/events/search-params";
import { PAGE_SIZE, searchEvents } from "@/lib/events/search";
import { CORS_HEADERS, publicEventListItem } from "@/lib/events/search-api";
import { invalidSearchResponse } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/feeds/site-url";

/**
 * Upcoming public events, filtered like /events (same query parameters), 20 a page. Without
 * filters, `total` and `pageCount` are null: counting every upcoming event costs too much.
 */
export async function GET(request: NextRequest) {
  const search = parseSearch(request.nextUrl.searchParams);
  if (hasErrors(search)) return invalidSearchResponse(search);
  const result = await searchEvents(search.filters, { page: search.page });
  const { page: _page, ...values } = search.values;
  const link = (page: number) => absoluteUrl(`/api/events${searchQuery(values, { page: String(page) })}`);
  return Response.json(
    {
      events: result.events.map(publicEventListItem),
      page: result.page,
      pageSize: PAGE_SIZE,
      pageCount: result.pageCount,
      total: result.total,
      links: {
        self: link(result.page),
        next: result.hasNext ? link(result.page + 1) : null,
        prev: result.page > 1 ? link(result.page - 1) : null,
      },
    },
    { headers: CORS_HEADERS },
  );
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
