import type { SearchHit } from "@/lib/events/search";
import { formatShortDate, formatTime } from "@/lib/time/format";
import { EventsMap, type MapPoint } from "./events-map";

/** The list stays the source of truth; the map is an extra view of the same events. */
export function MapToggle({ events }: { events: SearchHit[] }) {
  const points: MapPoint[] = events.map((event) => ({
    href: `/events/${event.slug}`,
    title: event.title,
    place: `${event.venue.name}, ${event.venue.city}`,
    when: `${formatShortDate(event.startsAt, event.timeZone)}, ${formatTime(event.startsAt, event.timeZone)}`,
    latitude: event.venue.latitude,
    longitude: event.venue.longitude,
  }));
  if (points.length === 0) return null;
  return <EventsMap points={points} />;
}
