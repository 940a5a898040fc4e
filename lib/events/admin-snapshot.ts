// The fields of an event that the audit log records and the revalidation needs.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

export const eventSnapshotSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  format: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  status: true,
  cancellationReason: true,
  noHost: true,
  languages: true,
  accessibilityNotes: true,
  venueId: true,
  seriesId: true,
  occurrenceDate: true,
  editedByHand: true,
  venue: { select: { slug: true } },
  hosts: {
    select: { departmentId: true, state: true, department: { select: { slug: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.EventSelect;

export type EventSnapshot = Prisma.EventGetPayload<{ select: typeof eventSnapshotSelect }>;

export function loadSnapshot(db: Db, eventId: string): Promise<EventSnapshot | null> {
  return db.event.findUnique({ where: { id: eventId }, select: eventSnapshotSelect });
}

/** Flat fields for the audit log (host ids instead of nested rows; invitations apart). */
export function auditFields(event: EventSnapshot): Record<string, unknown> {
  const { venue: _venue, hosts, ...fields } = event;
  const ids = (state: string) => hosts.filter((h) => h.state === state).map((h) => h.departmentId);
  return { ...fields, hostDepartmentIds: ids("ACCEPTED"), invitedDepartmentIds: ids("INVITED") };
}

export function placesOf(event: EventSnapshot) {
  return {
    eventSlug: event.slug,
    departmentSlugs: event.hosts.map((h) => h.department.slug),
    venueSlugs: [event.venue.slug],
  };
}
