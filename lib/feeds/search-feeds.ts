import "server-only";
import { hasErrors, parseSearch, type SearchFilters } from "@/lib/events/search-params";
import { listFeedEvents } from "./queries";
import { buildCalendar } from "./ics";
import { buildFeed, type FeedKind } from "./rss";
import { calendarResponse, feedResponse, invalidSearchResponse } from "./responses";

/** How a subscription is named: "near 06108 (East Hartford, CT), within 10 miles". */
export function describeSearch(filters: SearchFilters): string {
  return filters.near ? ` within ${filters.near.radiusMiles} miles of ${filters.near.label}` : "";
}

/** A calendar of the events a search on /events would list (no account needed). */
export async function searchCalendar(
  params: URLSearchParams,
  base: Partial<SearchFilters> = {},
  name = "Coffee with a Cop events",
) {
  const request = parseSearch(params);
  if (hasErrors(request)) return invalidSearchResponse(request);
  const events = await listFeedEvents({ ...request.filters, ...base });
  return calendarResponse(buildCalendar(events, `${name}${describeSearch(request.filters)}`), "events.ics");
}

export async function searchFeed(
  params: URLSearchParams,
  channel: { title: string; path: string; feedPath: string },
  base: Partial<SearchFilters> = {},
) {
  const request = parseSearch(params);
  if (hasErrors(request)) return invalidSearchResponse(request);
  const kind: FeedKind = params.get("feed") === "atom" ? "atom" : "rss";
  const events = await listFeedEvents({ ...request.filters, ...base });
  const title = `${channel.title}${describeSearch(request.filters)}`;
  return feedResponse(
    buildFeed(events, { ...channel, title, description: `Upcoming ${title}.` }, kind),
    kind,
  );
}
