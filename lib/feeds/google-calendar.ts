import type { EventDetail } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { eventLocation, eventSummaryText, eventTitle } from "./event-text";

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** "Add to Google Calendar": a template link, times in UTC with the venue's zone named. */
export function googleCalendarUrl(event: EventDetail, locale: Locale = "en"): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: eventTitle(event, locale),
    dates: `${utcStamp(event.startsAt)}/${utcStamp(event.endsAt)}`,
    ctz: event.timeZone,
    details: eventSummaryText(event, locale),
    location: eventLocation(event),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
