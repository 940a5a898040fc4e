import { findPublicEvent } from "@/lib/events/queries";
import { eventTitle } from "@/lib/feeds/event-text";
import { buildCalendar } from "@/lib/feeds/ics";
import { calendarResponse, notFoundResponse } from "@/lib/feeds/responses";
import { isLocale } from "@/lib/i18n/routing";

type Context = { params: Promise<{ slug: string; locale: string }> };

/** One event, to add to any calendar app (/es/…/event.ics in Spanish); cancelled events say STATUS:CANCELLED. */
export async function GET(_request: Request, { params }: Context) {
  const { slug, locale: segment } = await params;
  const locale = isLocale(segment) ? segment : "en";
  const event = await findPublicEvent(slug);
  if (!event) return notFoundResponse("The event");
  return calendarResponse(
    buildCalendar([event], eventTitle({ ...event, status: "PUBLISHED" }, locale), locale),
    `${event.slug}.ics`,
  );
}
