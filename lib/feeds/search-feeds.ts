import "server-only";
import { hasErrors, parseSearch, type SearchFilters } from "@/lib/events/search-params";
import type { Locale } from "@/lib/i18n/routing";
import { cachedFor } from "@/lib/cache/cached-for";
import { EVENT_LISTS_TAG } from "@/lib/events/cache";
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
  return calendarResponse(await calendarBody(params.toString(), base, name, locale), "events.ics");
}

/** RSS (or Atom with ?feed=atom) of a search, in `locale`; the channel's paths are in it already. */
export async function searchFeed(
  params: URLSearchParams,
  channel: FeedChannel,
  base: Partial<SearchFilters> = {},
  locale: Locale = "en",
) {
  const request = parseSearch(params);
  if (hasErrors(request)) return invalidSearchResponse(request);
  const kind: FeedKind = params.get("feed") === "atom" ? "atom" : "rss";
  return feedResponse(await feedBody(params.toString(), channel, base, kind, locale), kind);
}

type FeedChannel = { title: string; path: string; feedPath: string };

// The bodies are cached whole, keyed by the query: a calendar or feed of 200 events takes
// tens of milliseconds to write, and feed readers ask for the same few addresses all day.
// The events' tags come with listFeedEvents; the lists' lifetime rolls them over.

async function calendarBody(
  query: string,
  base: Partial<SearchFilters>,
  name: string | undefined,
  locale: Locale,
): Promise<string> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const { filters } = parseSearch(new URLSearchParams(query));
  const events = await listFeedEvents({ ...filters, ...base });
  const title = `${name ?? feedText(locale)("allEvents")}${describeSearch(filters, locale)}`;
  return buildCalendar(events, title, locale);
}

async function feedBody(
  query: string,
  channel: FeedChannel,
  base: Partial<SearchFilters>,
  kind: FeedKind,
  locale: Locale,
): Promise<string> {
  "use cache";
  cachedFor("listings", EVENT_LISTS_TAG);
  const params = new URLSearchParams(query);
  const { filters } = parseSearch(params);
  const events = await listFeedEvents({ ...filters, ...base });
  const title = `${channel.title}${describeSearch(filters, locale)}`;
  const description = feedText(locale)("upcoming", { title });
  return buildFeed(events, { ...channel, title, description, query: params }, kind, locale);
}
