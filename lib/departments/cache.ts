// The pages and cache tags a department appears on, and their invalidation: the only
// place departments call next/cache. Public pages render per request today, but the
// router and any route cached later must still drop what they hold after a write.
//
// Tags, keyed by slug because public pages are looked up by the slug in their URL:
//   departmentTag(slug)      one department's page, its calendar, feed and embed widget
//   DEPARTMENT_DIRECTORY_TAG the directory of departments (/departments)
// The events a department hosts show its name too: those are invalidated through the
// events domain, which knows every place an event shows.
import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { placesOf, revalidateEventPages } from "@/lib/events/cache";

export const departmentTag = (slug: string) => `department:${slug}`;
/** What depends on a department's staff (its "verified department" mark), keyed by id. */
export const departmentStaffTag = (id: string) => `department-staff:${id}`;
export const DEPARTMENT_DIRECTORY_TAG = "department-directory";

/** A department's own public paths: its page, calendar file, RSS feed and embed widget. */
export function departmentPathsOf(slug: string): string[] {
  const page = `/departments/${slug}`;
  return [page, `${page}/events.ics`, `${page}/feed.xml`, `/embed/departments/${slug}`];
}

type HostedEvent = Parameters<typeof placesOf>[0];

/**
 * After a write (in a server action): drop the directory, the department's pages under
 * each slug it had (`slugs`: before and after a rename), and every page of the events it hosts.
 */
export function revalidateDepartmentPages(slugs: string[], hostedEvents: HostedEvent[] = []): void {
  const unique = [...new Set(slugs)];
  revalidatePath("/departments");
  revalidatePath("/sitemap.xml");
  for (const path of unique.flatMap(departmentPathsOf)) revalidatePath(path);
  updateTag(DEPARTMENT_DIRECTORY_TAG);
  for (const slug of unique) updateTag(departmentTag(slug));
  revalidatePath("/admin", "layout");
  if (hostedEvents.length === 0) return;
  revalidateEventPages(...hostedEvents.map(placesOf));
}

/** After a change to a department's staff (in a server action): its verified mark. */
export function revalidateDepartmentStaff(departmentIds: string[]): void {
  for (const id of new Set(departmentIds)) updateTag(departmentStaffTag(id));
}
