import type { SearchHit } from "@/lib/events/search";
import { formatMoment } from "@/lib/time/format";
import type { MapPlace } from "./map-place";
import { MapToggleButton } from "./map-toggle-button";

/** One marker per venue, listing its events; the list stays the source of truth. */
export function MapToggle({ events }: { events: SearchHit[] }) {
  const places = new Map<string, MapPlace>();
  for (const event of events) {
    const place = places.get(event.venue.slug) ?? {
      name: `${event.venue.name}, ${event.venue.city}`,
      latitude: event.venue.latitude,
      longitude: event.venue.longitude,
      events: [],
    };
    place.events.push({
      href: `/events/${event.slug}`,
      title: event.title,
      when: formatMoment(event.startsAt, event.timeZone),
    });
    places.set(event.venue.slug, place);
  }
  if (places.size === 0) return null;
  return <MapToggleButton places={[...places.values()]} />;
}
