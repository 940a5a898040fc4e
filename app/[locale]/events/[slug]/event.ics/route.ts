import { findPublicEvent } from "@/lib/events/queries";
import { buildCalendar } from "@/lib/feeds/ics";
import { calendarResponse, notFoundResponse } from "@/lib/feeds/responses";

type Context = { params: Promise<{ slug: string }> };

/** One event, to add to any calendar app; cancelled events say STATUS:CANCELLED. */
export async function GET(_request: Request, { params }: Context) {
  const event = await findPublicEvent((await params).slug);
  if (!event) return notFoundResponse("The event");
  return calendarResponse(buildCalendar([event], event.title), `${event.slug}.ics`);
}
