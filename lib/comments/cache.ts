// What a comment write invalidates; the only place comments call next/cache. A comment
// approved, hidden by reports or answered officially changes its event's page and the
// comment counts shown in lists, so its event's public pages go (through the events
// domain, which names those pages and tags), and the moderation queue and dashboard.
import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateEventPages, type EventPlaces } from "@/lib/events/cache";

export type { EventPlaces };

export const MODERATION_PATHS = ["/admin/moderation", "/admin"] as const;

export function revalidateCommentedEvents(...places: EventPlaces[]): void {
  if (places.length > 0) revalidateEventPages(...places);
  for (const path of MODERATION_PATHS) revalidatePath(path);
}
