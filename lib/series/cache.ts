// What a series write invalidates. A series has no public page of its own: its dates are
// ordinary events, so a write invalidates, through the events domain's tags
// (lib/events/cache.ts), exactly the events it created, changed or removed. The staff
// pages under /admin/series are rendered per request.
import "server-only";
import { placesOf, revalidateEventPages } from "@/lib/events/cache";
import type { EventSnapshot } from "@/lib/events/event-writes";

export function revalidateSeriesEvents(events: EventSnapshot[]): void {
  if (events.length > 0) revalidateEventPages(...events.map(placesOf));
}
