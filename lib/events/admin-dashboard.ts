// The /admin dashboard: my departments and roles, their upcoming events and drafts,
// and how many comments wait for moderation on their events.
import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, requireUser, type CurrentUser } from "@/lib/auth/guards";
import { listManagedEvents } from "./admin-queries";

export async function loadDashboard(user: CurrentUser | null, now = new Date()) {
  const actor = await requireUser(user);
  const staffOf = departmentIdsWithRole(actor, "STAFF");
  const moderatorOf = departmentIdsWithRole(actor, "MODERATOR");
  const mine = actor.isSiteAdmin ? undefined : [...new Set([...staffOf, ...moderatorOf])];
  const canPost = actor.isSiteAdmin || staffOf.length > 0;
  const canModerate = actor.isSiteAdmin || moderatorOf.length > 0;
  const [departments, upcoming, drafts, pendingComments] = await Promise.all([
    prisma.department.findMany({
      where: mine ? { id: { in: mine } } : {},
      select: { id: true, name: true, slug: true },
      orderBy: { name: "asc" },
    }),
    canPost ? listManagedEvents(actor, { scope: "upcoming", now, limit: 8 }) : [],
    canPost ? listManagedEvents(actor, { scope: "drafts", now, limit: 8 }) : [],
    canModerate
      ? prisma.comment.count({
          where: {
            status: "PENDING",
            ...(actor.isSiteAdmin
              ? {}
              : { event: { hosts: { some: { departmentId: { in: moderatorOf } } } } }),
          },
        })
      : null,
  ]);
  const rolesIn = (id: string) =>
    actor.memberships
      .filter((m) => m.departmentId === id)
      .map((m) => (m.role === "STAFF" ? "Staff" : "Moderator"));
  return {
    user: actor,
    canPost,
    departments: departments.map((d) => ({ ...d, roles: rolesIn(d.id) })),
    upcoming,
    drafts,
    pendingComments,
  };
}
