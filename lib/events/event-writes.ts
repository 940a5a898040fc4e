// What every write of events shares, the series' writes included: the snapshot a write
// returns (for the audit log and the cache), readable unique slugs, and who hosts a new
// event. Staff may invite any department to co-host; the invitation counts (in public,
// and for editing) once that department's staff accept.
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HostState } from "@/lib/generated/prisma/enums";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { hasDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { localDateKey } from "@/lib/time/local";
import { slugify } from "@/lib/text/slug";
import { createVenueFromInput } from "@/lib/venues/create-venue";
import { venueToUseInstead } from "@/lib/venues/check-same-venue";
import { venueZone } from "@/lib/venues/queries";
import type { EventFieldsInput } from "./schemas";
import { eventInstants } from "./times";
import { eventListFields, leadHostFirst } from "./select";

type Db = Prisma.TransactionClient;

// Field by field, what the audit log records of an event: the list's fields and what
// the form edits besides. (The log is JSONB, which keeps its own key order.)
export const eventSnapshotSelect = {
  ...eventListFields,
  description: true,
  descriptionEs: true,
  accessibilityNotes: true,
  venueId: true,
  seriesId: true,
  occurrenceDate: true,
  editedByHand: true,
  venue: { select: { slug: true } },
  hosts: {
    select: { departmentId: true, state: true, isLead: true, department: { select: { slug: true } } },
    orderBy: leadHostFirst,
  },
} satisfies Prisma.EventSelect;

export type EventSnapshot = Prisma.EventGetPayload<{ select: typeof eventSnapshotSelect }>;

export function loadSnapshot(db: Db, eventId: string): Promise<EventSnapshot | null> {
  return db.event.findUnique({ where: { id: eventId }, select: eventSnapshotSelect });
}

/**
 * Where and when a submitted event happens, checked before its transaction: its hosts
 * exist; a new venue typed that the site already has is used instead once the person chose
 * it (until then the form asks, lib/venues/check-same-venue.ts); its venue-clock times become
 * instants in the zone of its venue (the chosen one, the existing one, or the new one typed).
 */
export async function checkedPlaceAndTimes(
  input: EventFieldsInput,
  hosts: string[],
  mustBeUpcoming: boolean,
) {
  await assertDepartmentsExist(hosts);
  const existingVenueId = input.newVenue ? await venueToUseInstead(input.newVenue) : null;
  const zone =
    input.newVenue && !existingVenueId
      ? input.newVenue.timeZone
      : await venueZone(existingVenueId ?? input.venueId);
  return { zone, existingVenueId, ...eventInstants(input, zone, { mustBeUpcoming }) };
}

/**
 * The columns the event form sets: what it typed, at instants in the venue's zone, at its
 * venue (the one chosen, the existing one the person chose instead of the one typed, or the
 * new one typed in the form, created owned by `venueOwnerId`).
 */
export async function eventFormColumns(
  db: Db,
  input: EventFieldsInput,
  at: { startsAt: Date; endsAt: Date; zone: string; existingVenueId: string | null },
  venueOwnerId: string | null,
) {
  const venueId =
    at.existingVenueId ??
    (input.newVenue ? (await createVenueFromInput(db, input.newVenue, venueOwnerId)).id : input.venueId);
  return {
    title: input.title,
    description: input.description,
    titleEs: input.titleEs ?? null,
    descriptionEs: input.descriptionEs ?? null,
    format: input.format,
    startsAt: at.startsAt,
    endsAt: at.endsAt,
    timeZone: at.zone,
    noHost: input.noHost,
    languages: input.languages,
    accessibilityNotes: input.accessibilityNotes ?? null,
    venueId,
  };
}

/** Flat fields for the audit log (host ids instead of nested rows; invitations apart). */
export function auditFields(event: EventSnapshot): Record<string, unknown> {
  const { venue: _venue, hosts, ...fields } = event;
  const ids = (state: string) => hosts.filter((h) => h.state === state).map((h) => h.departmentId);
  return { ...fields, hostDepartmentIds: ids("ACCEPTED"), invitedDepartmentIds: ids("INVITED") };
}

/** The series date an occurrence stands for (rows from before it was recorded: its start's local date). */
export function occurrenceDateOf(event: { occurrenceDate: string | null; startsAt: Date; timeZone: string }) {
  return event.occurrenceDate ?? localDateKey(event.startsAt, event.timeZone);
}

/** A readable, unique slug: "coffee-at-main-street-2027-03-03". */
export async function uniqueEventSlug(title: string, dateKey: string): Promise<string> {
  const base = `${slugify(title) || "event"}-${dateKey}`;
  const taken = await prisma.event.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

export async function assertDepartmentsExist(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await prisma.department.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size)
    throw new InputError({ coHostIds: [messageKey("AdminEvents.errors.coHostsFromList")] });
}

/** Hosts for a new event: the lead first, then co-hosts in the order given. */
export function hostsForNewEvent(leadDepartmentId: string, coHostIds: string[]): string[] {
  return [...new Set([leadDepartmentId, ...coHostIds])];
}

/**
 * Whoever could accept the invitation adds the department as an accepted host at once
 * (staff of that department, site admins); anyone else only invites it.
 */
export function acceptedAtOnce(user: CurrentUser, departmentIds: string[]): string[] {
  return departmentIds.filter((id) => hasDepartmentRole(user, id, "STAFF"));
}

/** Host rows to write; `leadId` (on a new event, its first host) leads. */
export function hostRows(departmentIds: string[], acceptedIds: readonly string[], leadId?: string) {
  return departmentIds.map((departmentId) => ({
    departmentId,
    state: acceptedIds.includes(departmentId) ? HostState.ACCEPTED : HostState.INVITED,
    respondedAt: null,
    isLead: departmentId === leadId,
  }));
}

/** Host rows `user` writes: the lead (on a new event) and whoever they could accept for host at once; the others are invited. */
export function hostRowsBy(user: CurrentUser, departmentIds: string[], leadId?: string) {
  const accepted = acceptedAtOnce(user, departmentIds);
  return hostRows(departmentIds, leadId ? [leadId, ...accepted] : accepted, leadId);
}
