import { ImageResponse } from "next/og";
import { findPublicEvent } from "@/lib/events/queries";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Coffee with a Cop event: title, date, time and place";

type Props = { params: Promise<{ slug: string }> };

/** The picture shown when an event is shared: what, when (local, zone named), where. */
export default async function EventImage({ params }: Props) {
  const event = await findPublicEvent((await params).slug);
  const title = event
    ? `${event.status === "CANCELLED" ? "Cancelled: " : ""}${event.title}`
    : "Coffee with a Cop";
  const when = event
    ? `${formatLongDate(event.startsAt, event.timeZone)} · ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}`
    : "";
  const where = event ? `${event.venue.name}, ${event.venue.city}, ${event.venue.state}` : "";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#173f63",
        color: "white",
      }}
    >
      <div style={{ fontSize: 36, color: "#d6e6f4" }}>Coffee with a Cop</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 36 }}>{when}</div>
        <div style={{ fontSize: 36, color: "#fde68a" }}>{where}</div>
      </div>
    </div>,
    size,
  );
}
