// schema.org Event for search engines' event results: local times with their offset,
// the venue as a Place with PostalAddress and geo, the hosts as organizers.
import type { EventDetail } from "@/lib/events/select";
import { isoWithOffset } from "@/lib/time/format";
import { eventUrl } from "./event-text";
import { absoluteUrl } from "./site-url";

export function eventJsonLd(event: EventDetail) {
  const { venue } = event;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description,
    url: eventUrl(event.slug),
    image: [absoluteUrl(`/events/${event.slug}/opengraph-image`)],
    startDate: isoWithOffset(event.startsAt, event.timeZone),
    endDate: isoWithOffset(event.endsAt, event.timeZone),
    eventStatus:
      event.status === "CANCELLED"
        ? "https://schema.org/EventCancelled"
        : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    isAccessibleForFree: true,
    inLanguage: event.languages,
    location: {
      "@type": "Place",
      name: venue.name,
      address: {
        "@type": "PostalAddress",
        streetAddress: venue.streetAddress,
        addressLocality: venue.city,
        addressRegion: venue.state,
        postalCode: venue.postalCode,
        addressCountry: "US",
      },
      geo: { "@type": "GeoCoordinates", latitude: venue.latitude, longitude: venue.longitude },
    },
    organizer: event.hosts.map(({ department }) => ({
      "@type": "Organization",
      name: department.name,
      url: absoluteUrl(`/departments/${department.slug}`),
      ...(department.phone ? { telephone: department.phone } : {}),
    })),
    offers: {
      "@type": "Offer",
      price: 0,
      priceCurrency: "USD",
      availability: "https://schema.org/InStock",
      url: eventUrl(event.slug),
    },
  };
}
