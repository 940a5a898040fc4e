// What a recap write invalidates; the only place recaps call next/cache. A recap shows on
// its event's page and its follow-ups on the hosts' pages, so the event's public pages
// go (through the events domain, which names them) together with the recap's own tags.
//
// Tags:
//   recapTag(eventSlug)                 an event's recap and follow-ups
//   departmentFollowUpsTag(deptSlug)    a department's list of open follow-ups
import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { revalidateEventPages, type EventPlaces } from "@/lib/events/cache";

export const recapTag = (eventSlug: string) => `recap:${eventSlug}`;
export const departmentFollowUpsTag = (departmentSlug: string) => `department-follow-ups:${departmentSlug}`;

export function revalidateRecap(eventId: string, places: EventPlaces): void {
  revalidateEventPages(places);
  updateTag(recapTag(places.eventSlug));
  for (const slug of places.departmentSlugs) updateTag(departmentFollowUpsTag(slug));
  revalidatePath(`/admin/events/${eventId}/recap`);
}
