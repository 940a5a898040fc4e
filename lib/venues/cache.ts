// The public pages and cache tags a venue appears on, and their invalidation: the only
// place venues call next/cache.
//
// Tags:
//   venueTag(slug)  a venue's own fields on its page (name, address, map, notes)
// A venue also shows on the pages of the events held there: those are invalidated
// through the events domain's tags (lib/events/cache.ts), for exactly those events.
import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { revalidateEventPages, type EventPlaces } from "@/lib/events/cache";

export const venueTag = (slug: string) => `venue:${slug}`;

/** After a venue edit (in a server action): its page, and the pages of the events held there. */
export function revalidateVenuePages(venue: { slug: string }, eventsHeldThere: EventPlaces[]): void {
  revalidatePath(`/venues/${venue.slug}`);
  updateTag(venueTag(venue.slug));
  revalidateEventPages(...eventsHeldThere);
}
