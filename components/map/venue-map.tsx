import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { MapLabels } from "./map-place";
import { MapToggleButton } from "./map-toggle-button";
import { oneLineAddress, type AddressedVenue } from "@/components/venue-address";

/**
 * "Show on a map" for one venue (event and venue pages): the search page's map, loaded
 * only when asked for. The address and its "Open in a map" links stay the source of
 * truth: they are above it, and work without JavaScript or tiles.
 */
export async function VenueMap({ venue, locale }: { venue: AddressedVenue; locale: Locale }) {
  const [map, maps] = await Promise.all([
    getTranslations({ locale, namespace: "Map" }),
    getTranslations({ locale, namespace: "Maps" }),
  ]);
  const name = `${venue.name}, ${venue.city}`;
  const labels: MapLabels = {
    show: maps("show"),
    hide: map("hide"),
    about: maps("about"),
    failed: maps("failed"),
    loading: map("loading"),
    region: maps("region", { place: name }),
    contributors: map("contributors"),
    zoomIn: map("zoomIn"),
    zoomOut: map("zoomOut"),
  };
  const place = {
    name,
    summary: name,
    latitude: venue.latitude,
    longitude: venue.longitude,
    address: oneLineAddress(venue),
    events: [],
  };
  return <MapToggleButton places={[place]} labels={labels} />;
}
