import "server-only";
import { hasErrors, parseSearch, type SearchFilters } from "@/lib/events/search-params";
import type { Locale } from "@/lib/i18n/routing";
import { listFeedEvents } from "./queries";
import { feedText } from "./event-text";
import { buildCalendar } from "./ics";
import { buildFeed, type FeedKind } from "./rss";
import { calendarResponse, feedResponse, invalidSearchResponse } from "./responses";

/** How a subscription is named: " within 10 miles of 06108 (East Hartford, CT)". */
export function describeSearch(filters: SearchFilters, locale: Locale = "en"): string {
  if (!filters.near) return "";
  return feedText(locale)("within", { radius: filters.near.radiusMiles, place: filters.near.label });
}

/** A calendar of the events a search on /events would list (no account needed), in `locale`. */
export async function searchCalendar(
  params: URLSearchParams,
  base: Partial<SearchFilters> = {},
  name?: string,
  locale: Locale = "en",
) {
  const request = parseSearch(params);
  if (hasErrors(request)) return invalidSearchResponse(request);
  const events = await listFeedEvents({ ...request.filters, ...base });
  const title = `${name ?? feedText(locale)("allEvents")}${describeSearch(request.filters, locale)}`;
  return calendarResponse(buildCalendar(events, title, locale), "events.ics");
}

/** RSS (or Atom with ?feed=atom) of a search, in `locale`; the channel's paths are in it already. */
export async function searchFeed(
  params: URLSearchParams,
  channel: { title: string; path: string; feedPath: string },
  base: Partial<SearchFilters> = {},
  locale: Locale = "en",
) {
  const request = parseSearch(params);
  if (hasErrors(request)) return invalidSearchResponse(request);
  const kind: FeedKind = params.get("feed") === "atom" ? "atom" : "rss";
  const events = await listFeedEvents({ ...request.filters, ...base });
  const title = `${channel.title}${describeSearch(request.filters, locale)}`;
  const description = feedText(locale)("upcoming", { title });
  return feedResponse(
    buildFeed(events, { ...channel, title, description, query: params }, kind, locale),
    kind,
  );
}
