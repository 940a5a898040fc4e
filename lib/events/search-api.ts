// The public JSON shape of events for /api/events: chosen field by field, so emails,
// drafts, comments and internal ids can never leak through a new column.
import { absoluteUrl } from "@/lib/feeds/site-url";
import { isoWithOffset } from "@/lib/time/format";
import type { SearchHit } from "./search";
import type { EventDetail } from "./select";

function common(event: SearchHit | EventDetail) {
  return {
    slug: event.slug,
    title: event.title,
    /** The Spanish title staff gave, or null. */
    titleEs: event.titleEs ?? null,
    format: event.format,
    status: event.status === "CANCELLED" ? "cancelled" : "scheduled",
    cancellationReason: event.status === "CANCELLED" ? event.cancellationReason : null,
    startsAt: isoWithOffset(event.startsAt, event.timeZone),
    endsAt: isoWithOffset(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    noHost: event.noHost,
    languages: event.languages,
    url: absoluteUrl(`/events/${event.slug}`),
    urlEs: absoluteUrl(`/es/events/${event.slug}`),
    calendarUrl: absoluteUrl(`/events/${event.slug}/event.ics`),
    apiUrl: absoluteUrl(`/api/events/${event.slug}`),
  };
}

export function publicEventListItem(event: SearchHit) {
  const v = event.venue;
  return {
    ...common(event),
    distanceMiles: event.distanceMiles === null ? null : Math.round(event.distanceMiles * 10) / 10,
    venue: {
      slug: v.slug,
      name: v.name,
      city: v.city,
      state: v.state,
      latitude: v.latitude,
      longitude: v.longitude,
    },
    hosts: event.hosts.map(({ department: d }) => ({ slug: d.slug, name: d.name })),
  };
}

export function publicEventDetail(event: EventDetail) {
  const v = event.venue;
  return {
    ...common(event),
    description: event.description,
    descriptionEs: event.descriptionEs ?? null,
    accessibilityNotes: event.accessibilityNotes ?? v.accessibilityNotes,
    venue: {
      slug: v.slug,
      name: v.name,
      streetAddress: v.streetAddress,
      city: v.city,
      state: v.state,
      postalCode: v.postalCode,
      latitude: v.latitude,
      longitude: v.longitude,
      parkingNotes: v.parkingNotes,
    },
    hosts: event.hosts.map(({ department: d }) => ({
      slug: d.slug,
      name: d.name,
      city: d.city,
      state: d.state,
      nonEmergencyPhone: d.phone,
      url: absoluteUrl(`/departments/${d.slug}`),
    })),
  };
}

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
};
