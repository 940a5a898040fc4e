// iCalendar (RFC 5545) files through the `ics` library: times in UTC, a stable UID per
// event, DTSTAMP added by the library, STATUS:CANCELLED for cancelled events.
import { createEvents, type EventAttributes } from "ics";
import type { EventDetail } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import { foldIcs } from "./ics-fold";
import { eventLocation, eventSummaryText, eventTitle, eventUrl, feedText } from "./event-text";

const PRODUCT_ID = "-//Coffee with a Cop//Events//EN";

export function eventUid(event: Pick<EventDetail, "id">): string {
  return `${event.id}@${new URL(env().SITE_URL).hostname}`;
}

function toIcsEvent(event: EventDetail, locale: Locale): EventAttributes {
  return {
    uid: eventUid(event),
    title: eventTitle(event, locale),
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    description: eventSummaryText(event, locale),
    location: eventLocation(event),
    geo: { lat: event.venue.latitude, lon: event.venue.longitude },
    url: eventUrl(event.slug, locale),
    status: event.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    categories: [feedText(locale)(`format.${event.format}`)],
    lastModified: event.updatedAt.getTime(),
    transp: "TRANSPARENT",
  };
}

/** A calendar of the events, named for subscribers' calendar apps, in `locale`. */
export function buildCalendar(events: EventDetail[], name: string, locale: Locale = "en"): string {
  const { error, value } = createEvents(
    events.map((event) => toIcsEvent(event, locale)),
    {
      productId: PRODUCT_ID,
      calName: name,
      method: "PUBLISH",
    },
  );
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return foldIcs(value);
}
