// What the home page's "closest to you" island shows for a remembered ZIP code, worded on
// the server in the page's language: the browser only lays it out (no i18n, no dates).
import "server-only";
import { createTranslator } from "next-intl";
import { placeForZip } from "@/lib/geo/zip";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { textFor } from "@/lib/i18n/content";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { formatMoment } from "@/lib/time/format";
import { DEFAULT_RADIUS, RADIUS_CHOICES } from "@/lib/geo/distances";
import { findNearestEvents } from "./nearest";

/** How many places the home page names near a remembered place (the next event at each). */
export const HOME_NEAR_COUNT = 3;

export type HomeNearEvent = {
  href: string;
  title: string;
  /** Set when the title is in the other language (an English-only title on a Spanish page). */
  lang?: Locale;
  when: string;
  place: string;
  distance: string;
  /** "Cancelled" in the page's language, or null. */
  cancelled: string | null;
};

export type HomeNearAnswer = {
  heading: string;
  intro: string;
  events: HomeNearEvent[];
  /** Said instead of the list when nothing is within the widest radius. */
  empty: string | null;
  more: { href: string; text: string };
};

/** The nearest few upcoming events to a ZIP code, or null when the code names no place. */
export async function homeNearAnswer(zip: string, locale: Locale): Promise<HomeNearAnswer | null> {
  const place = placeForZip(zip);
  if (!place) return null;
  const near = { latitude: place.latitude, longitude: place.longitude, radiusMiles: 0, label: place.label };
  const { events, radiusMiles } = await findNearestEvents(
    { dateRange: "any", near },
    { count: HOME_NEAR_COUNT, onePerVenue: true },
  );
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "HomeNear" });
  const search = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Search" });
  const parts = createTranslator({ locale, messages: CATALOGS[locale], namespace: "EventParts" });
  const widest = RADIUS_CHOICES[RADIUS_CHOICES.length - 1]!;
  const radius = radiusMiles ?? DEFAULT_RADIUS;
  return {
    heading: t("heading", { place: place.label }),
    intro: t("intro"),
    events: events.map((event) => {
      const title = textFor(locale, event.title, event.titleEs);
      const miles = event.distanceMiles ?? 0;
      return {
        href: localizedPath(locale, `/events/${event.slug}`),
        title: title.text,
        ...(title.lang ? { lang: title.lang } : {}),
        when: formatMoment(event.startsAt, event.timeZone, locale),
        place: `${event.venue.name}, ${event.venue.city}, ${event.venue.state}`,
        distance: miles < 0.1 ? search("lessThanTenth") : search("milesAway", { miles: miles.toFixed(1) }),
        cancelled: event.status === "CANCELLED" ? parts("cancelled") : null,
      };
    }),
    empty: events.length === 0 ? t("noneWithin", { radius: widest, place: place.label }) : null,
    more: {
      href: localizedPath(locale, `/events?zip=${place.zip}&radius=${radius}`),
      text: t("seeAll", { radius, zip: place.zip }),
    },
  };
}
