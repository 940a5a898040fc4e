// Plain-text pieces of an event shared by calendars, feeds and the Google Calendar link.
import type { EventDetail } from "@/lib/events/select";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";
import { absoluteUrl } from "./site-url";

export const eventUrl = (slug: string) => absoluteUrl(`/events/${slug}`);

export function eventLocation(event: Pick<EventDetail, "venue">): string {
  const v = event.venue;
  return `${v.name}, ${v.streetAddress}, ${v.city}, ${v.state} ${v.postalCode}`;
}

export const hostNames = (event: Pick<EventDetail, "hosts">) =>
  event.hosts.map((h) => h.department.name).join(", ");

export function eventSummaryText(event: EventDetail): string {
  const when = `${formatLongDate(event.startsAt, event.timeZone)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}`;
  const cancelled = event.status === "CANCELLED" ? `CANCELLED. ${event.cancellationReason ?? ""}\n\n` : "";
  return `${cancelled}${when}\n${eventLocation(event)}\nHosted by ${hostNames(event)}\n\n${event.description}`;
}

export const eventTitle = (event: Pick<EventDetail, "title" | "status">) =>
  event.status === "CANCELLED" ? `Cancelled: ${event.title}` : event.title;
