import { getLocale, getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/events/search";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { formatMoment } from "@/lib/time/format";
import type { MapLabels, MapPlace } from "./map-place";
import { MapToggleButton } from "./map-toggle-button";

/** One marker per venue, listing its events; the list stays the source of truth. */
export async function MapToggle({ events }: { events: SearchHit[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Map");
  const places = new Map<string, MapPlace>();
  for (const event of events) {
    const place = places.get(event.venue.slug) ?? {
      name: `${event.venue.name}, ${event.venue.city}`,
      summary: "",
      latitude: event.venue.latitude,
      longitude: event.venue.longitude,
      events: [],
    };
    place.events.push({
      href: localizedPath(locale, `/events/${event.slug}`),
      title: event.title,
      when: formatMoment(event.startsAt, event.timeZone, locale),
    });
    places.set(event.venue.slug, place);
  }
  if (places.size === 0) return null;
  for (const place of places.values())
    place.summary = t("place", { place: place.name, count: place.events.length });
  const labels: MapLabels = {
    show: t("show"),
    hide: t("hide"),
    about: t("about"),
    failed: t("failed"),
    loading: t("loading"),
    region: t("region"),
    contributors: t("contributors"),
    zoomIn: t("zoomIn"),
    zoomOut: t("zoomOut"),
  };
  return <MapToggleButton places={[...places.values()]} labels={labels} />;
}
