import { findPublicEvent } from "@/lib/events/queries";
import { shareImageResponse, shareImageSize } from "@/lib/share-image";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "Coffee with a Cop event: title, date, time and place";

type Props = { params: Promise<{ slug: string }> };

/** The picture shown when an event is shared, drawn with shipped fonts only (lib/share-image). */
export default async function EventImage({ params }: Props) {
  const event = await findPublicEvent((await params).slug);
  if (!event) return shareImageResponse({ title: "Coffee with a Cop", when: "", where: "" });
  return shareImageResponse({
    title: `${event.status === "CANCELLED" ? "Cancelled: " : ""}${event.title}`,
    when: `${formatLongDate(event.startsAt, event.timeZone)} · ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}`,
    where: `${event.venue.name}, ${event.venue.city}, ${event.venue.state}`,
  });
}
