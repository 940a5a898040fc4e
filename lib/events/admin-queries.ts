// What staff see of events in /admin: only events hosted by departments they are staff
// of (site admins see all), drafts included.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentIdsWithRole, requireEventRole, requireUser, type CurrentUser } from "@/lib/auth/guards";
import { acceptedHost } from "./select";

export const adminEventRowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  seriesId: true,
  editedByHand: true,
  venue: { select: { name: true, city: true, state: true } },
  hosts: {
    select: { state: true, department: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.EventSelect;

export type AdminEventRow = Prisma.EventGetPayload<{ select: typeof adminEventRowSelect }>;

/** Events the user may manage (hosted by their departments, not merely invited); staff of no department see none. */
export function managedEventsWhere(user: CurrentUser, departmentId?: string): Prisma.EventWhereInput {
  const ids = user.isSiteAdmin ? undefined : departmentIdsWithRole(user, "STAFF");
  const scope = departmentId ? (ids && !ids.includes(departmentId) ? [] : [departmentId]) : ids;
  return scope === undefined ? {} : { hosts: { some: { departmentId: { in: scope }, ...acceptedHost } } };
}

export type EventListScope = "upcoming" | "drafts" | "past";

export async function listManagedEvents(
  user: CurrentUser | null,
  options: { scope: EventListScope; departmentId?: string; now?: Date; limit?: number },
): Promise<AdminEventRow[]> {
  const actor = await requireUser(user);
  const now = options.now ?? new Date();
  const byScope: Record<EventListScope, Prisma.EventWhereInput> = {
    upcoming: { endsAt: { gte: now }, status: { in: ["PUBLISHED", "CANCELLED"] } },
    drafts: { status: "DRAFT" },
    past: { endsAt: { lt: now }, status: { in: ["PUBLISHED", "CANCELLED"] } },
  };
  return prisma.event.findMany({
    where: { AND: [managedEventsWhere(actor, options.departmentId), byScope[options.scope]] },
    orderBy: options.scope === "past" ? [{ startsAt: "desc" }] : [{ startsAt: "asc" }],
    take: options.limit ?? 100,
    select: adminEventRowSelect,
  });
}

const editableEventSelect = {
  ...adminEventRowSelect,
  description: true,
  format: true,
  cancellationReason: true,
  noHost: true,
  languages: true,
  accessibilityNotes: true,
  venueId: true,
  hosts: {
    select: { departmentId: true, state: true, department: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  },
  series: { select: { id: true, title: true } },
} satisfies Prisma.EventSelect;

export type EditableEvent = Prisma.EventGetPayload<{ select: typeof editableEventSelect }>;

/** An event for its admin page; refuses (403) anyone who is not staff of a host. */
export async function getEventForEditing(user: CurrentUser | null, eventId: string): Promise<EditableEvent> {
  await requireEventRole(eventId, "STAFF", user);
  return prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: editableEventSelect });
}
