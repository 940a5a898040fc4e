// iCalendar (RFC 5545) files through the `ics` library: times in UTC, a stable UID per
// event, DTSTAMP added by the library, STATUS:CANCELLED for cancelled events.
import { createEvents, type EventAttributes } from "ics";
import type { EventDetail } from "@/lib/events/select";
import { FORMAT_LABELS } from "@/lib/events/labels";
import { env } from "@/lib/env";
import { foldIcs } from "./ics-fold";
import { eventLocation, eventSummaryText, eventTitle, eventUrl } from "./event-text";

const PRODUCT_ID = "-//Coffee with a Cop//Events//EN";

export function eventUid(event: Pick<EventDetail, "id">): string {
  return `${event.id}@${new URL(env().SITE_URL).hostname}`;
}

function toIcsEvent(event: EventDetail): EventAttributes {
  return {
    uid: eventUid(event),
    title: eventTitle(event),
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    description: eventSummaryText(event),
    location: eventLocation(event),
    geo: { lat: event.venue.latitude, lon: event.venue.longitude },
    url: eventUrl(event.slug),
    status: event.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    categories: [FORMAT_LABELS[event.format]],
    lastModified: event.updatedAt.getTime(),
    transp: "TRANSPARENT",
  };
}

/** A calendar of the events, named for subscribers' calendar apps. */
export function buildCalendar(events: EventDetail[], name: string): string {
  const { error, value } = createEvents(events.map(toIcsEvent), {
    productId: PRODUCT_ID,
    calName: name,
    method: "PUBLISH",
  });
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return foldIcs(value);
}
