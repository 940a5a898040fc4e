// The /admin dashboard: my departments and roles, their upcoming events and drafts,
// invitations to co-host waiting for an answer, and the comments waiting for moderation
// on their events (and how long).
import "server-only";
import { prisma } from "@/lib/db/client";
import { canModerate, departmentIdsWithRole, requireUser, type CurrentUser } from "@/lib/auth/guards";
import { moderationCounts } from "@/lib/comments/queries";
import { listManagedEvents } from "./admin-queries";
import { listPendingInvitations } from "./cohost-invitations";

export async function loadDashboard(user: CurrentUser | null, now = new Date()) {
  const actor = await requireUser(user);
  const staffOf = departmentIdsWithRole(actor, "STAFF");
  const moderatorOf = departmentIdsWithRole(actor, "MODERATOR");
  const mine = actor.isSiteAdmin ? undefined : [...new Set([...staffOf, ...moderatorOf])];
  const canPost = actor.isSiteAdmin || staffOf.length > 0;
  const [departments, invitations, upcoming, drafts, moderation] = await Promise.all([
    prisma.department.findMany({
      where: mine ? { id: { in: mine } } : {},
      select: { id: true, name: true, slug: true },
      orderBy: { name: "asc" },
    }),
    staffOf.length > 0 ? listPendingInvitations(actor, now) : [],
    canPost ? listManagedEvents(actor, { scope: "upcoming", now, limit: 8 }) : [],
    canPost ? listManagedEvents(actor, { scope: "drafts", now, limit: 8 }) : [],
    canModerate(actor) ? moderationCounts(actor, now) : null,
  ]);
  const rolesIn = (id: string) =>
    actor.memberships
      .filter((m) => m.departmentId === id)
      .map((m) => (m.role === "STAFF" ? "Staff" : "Moderator"));
  return {
    user: actor,
    canPost,
    departments: departments.map((d) => ({ ...d, roles: rolesIn(d.id) })),
    invitations,
    upcoming,
    drafts,
    moderation,
  };
}
