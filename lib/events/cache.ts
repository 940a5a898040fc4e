// The public pages and cache tags an event appears on, and their invalidation: the only
// place events call next/cache. Public pages render per request today, but the router and
// any route cached later must still drop what they hold after a write.
//
// Tags, keyed by slug because public pages are looked up by the slug in their URL:
//   eventTag(slug)            one event's page, its flyer, its calendar file and its API entry
//   departmentEventsTag(slug) a department's event lists, calendar, feed and embed
//   venueEventsTag(slug)      the events listed on a venue's page
//   EVENT_LISTS_TAG           the site-wide lists: home, /events, past, search, feeds, sitemap
// A cached read tags itself with the tags of what it shows (cacheTag); every write
// below invalidates exactly the tags of the events it touched.
import "server-only";
import { revalidatePath, updateTag } from "next/cache";

export const eventTag = (slug: string) => `event:${slug}`;
export const departmentEventsTag = (slug: string) => `department-events:${slug}`;
export const venueEventsTag = (slug: string) => `venue-events:${slug}`;
export const EVENT_LISTS_TAG = "event-lists";

export type EventPlaces = {
  eventSlug: string;
  departmentSlugs: string[];
  venueSlugs: string[];
};

/** Where an event shows: its page, its hosts' pages and its venue's page. */
export function placesOf(event: {
  slug: string;
  hosts: { department: { slug: string } }[];
  venue: { slug: string };
}): EventPlaces {
  return {
    eventSlug: event.slug,
    departmentSlugs: event.hosts.map((h) => h.department.slug),
    venueSlugs: [event.venue.slug],
  };
}

/** Every public path that shows this event, its hosts' lists, its venue and the feeds. */
export function publicPathsOf(places: EventPlaces): string[] {
  const paths = new Set([
    "/",
    "/events",
    "/events/past",
    "/events/search",
    "/events.ics",
    "/feed.xml",
    "/sitemap.xml",
    `/events/${places.eventSlug}`,
    `/events/${places.eventSlug}/event.ics`,
    `/events/${places.eventSlug}/flyer`,
  ]);
  for (const slug of places.departmentSlugs) {
    for (const path of [
      `/departments/${slug}`,
      `/departments/${slug}/events.ics`,
      `/departments/${slug}/feed.xml`,
      `/embed/departments/${slug}`,
    ]) {
      paths.add(path);
    }
  }
  for (const slug of places.venueSlugs) paths.add(`/venues/${slug}`);
  return [...paths];
}

/** The cache tags of the same places. */
export function tagsOf(places: EventPlaces): string[] {
  return [
    EVENT_LISTS_TAG,
    eventTag(places.eventSlug),
    ...places.departmentSlugs.map(departmentEventsTag),
    ...places.venueSlugs.map(venueEventsTag),
  ];
}

/** After a write (in a server action): drop every page and tag of the events it touched. */
export function revalidateEventPages(...places: EventPlaces[]): void {
  for (const path of new Set(places.flatMap(publicPathsOf))) revalidatePath(path);
  for (const tag of new Set(places.flatMap(tagsOf))) updateTag(tag);
  revalidatePath("/admin", "layout");
}
