// RSS 2.0 and Atom 1.0 through the `feed` library.
import { Feed } from "feed";
import type { EventDetail } from "@/lib/events/select";
import { eventSummaryText, eventTitle, eventUrl } from "./event-text";
import { absoluteUrl } from "./site-url";

export type FeedKind = "rss" | "atom";
type Channel = { title: string; description: string; path: string; feedPath: string };

export function buildFeed(events: EventDetail[], channel: Channel, kind: FeedKind): string {
  const feed = new Feed({
    id: absoluteUrl(channel.path),
    title: channel.title,
    description: channel.description,
    link: absoluteUrl(channel.path),
    language: "en",
    updated:
      events.reduce<Date | undefined>(
        (latest, e) => (!latest || e.updatedAt > latest ? e.updatedAt : latest),
        undefined,
      ) ?? new Date(0),
    feedLinks: { rss: absoluteUrl(channel.feedPath), atom: absoluteUrl(`${channel.feedPath}?feed=atom`) },
    copyright: "Event details are published by the hosting departments.",
    generator: "Coffee with a Cop",
  });
  for (const event of events) {
    feed.addItem({
      title: eventTitle(event),
      id: eventUrl(event.slug),
      link: eventUrl(event.slug),
      date: event.updatedAt,
      published: event.startsAt,
      description: eventSummaryText(event),
      category: event.hosts.map((h) => ({ name: h.department.name })),
    });
  }
  return kind === "atom" ? feed.atom1() : feed.rss2();
}
