// The public pages an event appears on. Public pages render per request today, but the
// router and any route cached later must still drop what they hold after a write.
import "server-only";
import { revalidatePath, updateTag } from "next/cache";

export type EventPlaces = {
  eventSlug: string;
  departmentSlugs: string[];
  venueSlugs: string[];
};

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

export function revalidateEventPages(...places: EventPlaces[]): void {
  for (const place of places) for (const path of publicPathsOf(place)) revalidatePath(path);
  revalidatePath("/admin", "layout");
  // Read-your-own-writes for anything cached with cacheTag("events").
  updateTag("events");
}
