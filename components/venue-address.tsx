import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { mapSearchUrl, openStreetMapUrl } from "@/lib/geo/map-links";
import { DEFAULT_LOCALE, localizedPath, type Locale } from "@/lib/i18n/routing";

export type AddressedVenue = {
  slug: string;
  name: string;
  streetAddress: string;
  city: string;
  state: string;
  postalCode: string;
  latitude: number;
  longitude: number;
};

export function oneLineAddress(venue: AddressedVenue): string {
  return `${venue.streetAddress}, ${venue.city}, ${venue.state} ${venue.postalCode}`;
}

type Props = {
  venue: AddressedVenue;
  linkName?: boolean;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
};

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** The venue's postal address with links to open it in a map. */
export async function VenueAddress({ venue, linkName = true, locale: given }: Props) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Venues" });
  return (
    <div>
      <address className="not-italic">
        <span className="font-semibold">
          {linkName ? <a href={localizedPath(locale, `/venues/${venue.slug}`)}>{venue.name}</a> : venue.name}
        </span>
        <br />
        {venue.streetAddress}
        <br />
        {venue.city}, {venue.state} {venue.postalCode}
      </address>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <a href={openStreetMapUrl(venue.latitude, venue.longitude)} rel="noopener">
          {t.rich("openMap", { sr })}
        </a>
        <a href={mapSearchUrl(`${venue.name}, ${oneLineAddress(venue)}`)} rel="noopener">
          {t.rich("directions", { sr })}
        </a>
      </p>
    </div>
  );
}
