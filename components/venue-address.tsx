import Link from "next/link";
import { mapSearchUrl, openStreetMapUrl } from "@/lib/geo/map-links";

type Venue = {
  slug: string;
  name: string;
  streetAddress: string;
  city: string;
  state: string;
  postalCode: string;
  latitude: number;
  longitude: number;
};

export function oneLineAddress(venue: Venue): string {
  return `${venue.streetAddress}, ${venue.city}, ${venue.state} ${venue.postalCode}`;
}

/** The venue's postal address with links to open it in a map. */
export function VenueAddress({ venue, linkName = true }: { venue: Venue; linkName?: boolean }) {
  return (
    <div>
      <address className="not-italic">
        <span className="font-semibold">
          {linkName ? <Link href={`/venues/${venue.slug}`}>{venue.name}</Link> : venue.name}
        </span>
        <br />
        {venue.streetAddress}
        <br />
        {venue.city}, {venue.state} {venue.postalCode}
      </address>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <a href={openStreetMapUrl(venue.latitude, venue.longitude)} rel="noopener">
          Open in a map<span className="sr-only"> (OpenStreetMap)</span>
        </a>
        <a href={mapSearchUrl(`${venue.name}, ${oneLineAddress(venue)}`)} rel="noopener">
          Directions<span className="sr-only"> (Google Maps)</span>
        </a>
      </p>
    </div>
  );
}
