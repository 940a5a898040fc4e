// What staff see of events in /admin: only events hosted by departments they are staff
// of (site admins all), drafts included; the dashboard; the event form's choices. The
// public reads are in queries.ts.
import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  canModerate,
  departmentIdsWithRole,
  requireEventRole,
  requireUser,
  type CurrentUser,
} from "@/lib/auth/guards";
import { moderationCounts } from "@/lib/comments/queries";
import { countRecapWork } from "@/lib/recaps/queries";
import { zoneLabel } from "@/lib/time/zones";
import type { EventFormOptions } from "./form-defaults";
import { isPublic } from "./listing-args";
import {
  acceptedHost,
  adminEventRowSelect,
  editableEventSelect,
  invitationSelect,
  type AdminEventRow,
  type EditableEvent,
} from "./select";

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
    upcoming: { endsAt: { gte: now }, ...isPublic },
    drafts: { status: "DRAFT" },
    past: { endsAt: { lt: now }, ...isPublic },
  };
  return prisma.event.findMany({
    where: { AND: [managedEventsWhere(actor, options.departmentId), byScope[options.scope]] },
    orderBy: options.scope === "past" ? [{ startsAt: "desc" }] : [{ startsAt: "asc" }],
    take: options.limit ?? 100,
    select: adminEventRowSelect,
  });
}

/** An event for its admin page; refuses (403) anyone who is not staff of a host. */
export async function getEventForEditing(user: CurrentUser | null, eventId: string): Promise<EditableEvent> {
  await requireEventRole(eventId, "STAFF", user);
  return prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: editableEventSelect });
}

export type PendingInvitation = Prisma.EventHostGetPayload<{ select: typeof invitationSelect }> & {
  /** Other dates of the same series this answer also covers. */
  otherDates: number;
};

/** Co-host invitations waiting for the user's departments (staff only), soonest event first; one per series. */
export async function listPendingInvitations(
  user: CurrentUser | null,
  now = new Date(),
): Promise<PendingInvitation[]> {
  const actor = await requireUser(user);
  const rows = await prisma.eventHost.findMany({
    where: {
      departmentId: { in: departmentIdsWithRole(actor, "STAFF") },
      state: "INVITED",
      event: { endsAt: { gte: now } },
    },
    orderBy: [{ event: { startsAt: "asc" } }],
    take: 200,
    select: invitationSelect,
  });
  const bySeries = new Map<string, PendingInvitation>();
  for (const row of rows) {
    const key = `${row.departmentId}:${row.event.seriesId ?? row.event.id}`;
    const first = bySeries.get(key);
    if (first) first.otherDates++;
    else bySeries.set(key, { ...row, otherDates: 0 });
  }
  return [...bySeries.values()];
}

/** One line of the dashboard's "Needs your attention": how many, of what, and where to act on them. */
export type DashboardTodo = { key: string; count: number; one: string; many: string; href: string };

/**
 * The /admin dashboard, what needs action first: comments waiting for moderation, drafts
 * to finish, invitations to co-host waiting for an answer; then the upcoming events and
 * drafts themselves, and the user's own departments (site admins: none listed, they
 * manage them all from /admin/departments).
 */
export async function loadDashboard(user: CurrentUser | null, now = new Date()) {
  const actor = await requireUser(user);
  const staffOf = departmentIdsWithRole(actor, "STAFF");
  const moderatorOf = departmentIdsWithRole(actor, "MODERATOR");
  const canPost = actor.isSiteAdmin || staffOf.length > 0;
  const drafts = { where: { AND: [managedEventsWhere(actor), { status: "DRAFT" as const }] } };
  const [departments, invitations, upcoming, draftRows, draftCount, moderation, recapWork] =
    await Promise.all([
      prisma.department.findMany({
        where: { id: { in: [...new Set([...staffOf, ...moderatorOf])] } },
        select: { id: true, name: true, slug: true },
        orderBy: { name: "asc" },
      }),
      staffOf.length > 0 ? listPendingInvitations(actor, now) : [],
      canPost ? listManagedEvents(actor, { scope: "upcoming", now, limit: 8 }) : [],
      canPost ? listManagedEvents(actor, { scope: "drafts", now, limit: 8 }) : [],
      canPost ? prisma.event.count(drafts) : 0,
      canModerate(actor) ? moderationCounts(actor, now) : null,
      countRecapWork(actor, now),
    ]);
  const todo: DashboardTodo[] = [];
  if (moderation?.pending) {
    todo.push({
      key: "pending-comments",
      count: moderation.pending,
      one: "comment waiting for moderation",
      many: "comments waiting for moderation",
      href: "/admin/moderation?view=PENDING",
    });
  }
  if (moderation?.reported) {
    todo.push({
      key: "reported-comments",
      count: moderation.reported,
      one: "reported comment to review",
      many: "reported comments to review",
      href: "/admin/moderation?view=REPORTED",
    });
  }
  if (invitations.length > 0) {
    todo.push({
      key: "invitations",
      count: invitations.length,
      one: "invitation to co-host to answer",
      many: "invitations to co-host to answer",
      href: "#invitations-heading",
    });
  }
  if (draftCount > 0) {
    todo.push({
      key: "drafts",
      count: draftCount,
      one: "draft",
      many: "drafts",
      href: "/admin/events?show=drafts",
    });
  }
  if (recapWork.recapsToWrite > 0) {
    todo.push({
      key: "recaps",
      count: recapWork.recapsToWrite,
      one: "recent event without a recap",
      many: "recent events without a recap",
      href: "/admin/events?show=past",
    });
  }
  if (recapWork.openFollowUps > 0) {
    const [only] = staffOf.length === 1 ? departments.filter((d) => d.id === staffOf[0]) : [];
    todo.push({
      key: "follow-ups",
      count: recapWork.openFollowUps,
      one: "follow-up promised to residents, not done yet",
      many: "follow-ups promised to residents, not done yet",
      href: only ? `/departments/${only.slug}#open-follow-ups` : "/admin/events?show=past",
    });
  }
  const rolesIn = (id: string) =>
    actor.memberships
      .filter((m) => m.departmentId === id)
      .map((m) => (m.role === "STAFF" ? "Staff" : "Moderator"));
  return {
    user: actor,
    canPost,
    todo,
    departments: departments.map((d) => ({ ...d, roles: rolesIn(d.id) })),
    invitations,
    upcoming,
    drafts: draftRows,
    draftCount,
    moderation,
  };
}

// The choices the event form offers: the departments the user may post for, every
// department as a possible co-host, and every venue.
const zoneName = (zone: string, locale: Locale) =>
  zoneLabel(zone, new Date(), locale).replace(/ \(.*\)$/, "");

/** `locale` names the venues' time zones ("hora del Este"). */
export async function eventFormOptions(user: CurrentUser, locale: Locale = "en"): Promise<EventFormOptions> {
  const [departments, venues] = await Promise.all([
    prisma.department.findMany({
      select: { id: true, name: true, state: true, timeZone: true },
      orderBy: [{ state: "asc" }, { name: "asc" }],
    }),
    prisma.venue.findMany({
      select: { id: true, name: true, city: true, state: true, timeZone: true },
      orderBy: [{ state: "asc" }, { city: "asc" }, { name: "asc" }],
    }),
  ]);
  const staffOf = new Set(departmentIdsWithRole(user, "STAFF"));
  const mayPostFor = (id: string) => user.isSiteAdmin || staffOf.has(id);
  return {
    leadDepartments: departments
      .filter((d) => mayPostFor(d.id))
      .map((d) => ({ value: d.id, label: d.name, timeZone: d.timeZone })),
    departments: departments.map((d) => ({ value: d.id, label: `${d.name} (${d.state})` })),
    venues: venues.map((v) => ({
      value: v.id,
      label: `${v.name} — ${v.city}, ${v.state} (${zoneName(v.timeZone, locale)})`,
      timeZone: v.timeZone,
    })),
    protectedDepartmentIds: departments.filter((d) => !mayPostFor(d.id)).map((d) => d.id),
  };
}
