// RSS 2.0 and Atom 1.0 through the `feed` library.
import { Feed } from "feed";
import type { EventDetail } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { eventSummaryText, eventTitle, eventUrl, feedText } from "./event-text";
import { absoluteUrl } from "./site-url";

export type FeedKind = "rss" | "atom";
type Channel = {
  title: string;
  description: string;
  path: string;
  feedPath: string;
  /** The search the feed was asked with (its `feed` parameter aside): the self links carry it. */
  query?: URLSearchParams;
};

/** The feed's own address in `kind`, with its search: "/feed.xml?zip=06108&radius=10&feed=atom". */
function selfLink(channel: Channel, kind: FeedKind): string {
  const query = new URLSearchParams(channel.query);
  query.delete("feed");
  if (kind === "atom") query.set("feed", "atom");
  const search = query.toString();
  return absoluteUrl(search ? `${channel.feedPath}?${search}` : channel.feedPath);
}

/** `channel`'s paths are already in `locale` (/es/events for Spanish). */
export function buildFeed(
  events: EventDetail[],
  channel: Channel,
  kind: FeedKind,
  locale: Locale = "en",
): string {
  const feed = new Feed({
    id: absoluteUrl(channel.path),
    title: channel.title,
    description: channel.description,
    link: absoluteUrl(channel.path),
    language: locale,
    updated:
      events.reduce<Date | undefined>(
        (latest, e) => (!latest || e.updatedAt > latest ? e.updatedAt : latest),
        undefined,
      ) ?? new Date(0),
    feedLinks: { rss: selfLink(channel, "rss"), atom: selfLink(channel, "atom") },
    copyright: feedText(locale)("copyright"),
    generator: "Coffee with a Cop",
  });
  for (const event of events) {
    feed.addItem({
      title: eventTitle(event, locale),
      id: eventUrl(event.slug, locale),
      link: eventUrl(event.slug, locale),
      date: event.updatedAt,
      published: event.startsAt,
      description: eventSummaryText(event, locale),
      category: event.hosts.map((h) => ({ name: h.department.name })),
    });
  }
  return kind === "atom" ? feed.atom1() : feed.rss2();
}
