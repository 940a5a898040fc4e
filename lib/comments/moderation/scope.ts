import "server-only";
import { departmentIdsWithRole, type CurrentUser } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedHost } from "@/lib/events/select";
import { STALE_PENDING_DAYS } from "../limits";

/**
 * The comments a user may see and decide on: those on events hosted by a department
 * they moderate (a co-host once it accepted); everything for site admins. Every moderation read and write starts here.
 */
export function moderationScope(user: CurrentUser): Prisma.CommentWhereInput {
  if (user.isSiteAdmin) return {};
  const departmentIds = departmentIdsWithRole(user, "MODERATOR");
  return { event: { hosts: { some: { departmentId: { in: departmentIds }, ...acceptedHost } } } };
}

/** Departments whose events the user moderates, for the queue's filter. */
export function moderatedDepartmentsWhere(user: CurrentUser): Prisma.DepartmentWhereInput {
  if (user.isSiteAdmin) return {};
  return { id: { in: departmentIdsWithRole(user, "MODERATOR") } };
}

export function stalePendingBefore(now: Date): Date {
  return new Date(now.getTime() - STALE_PENDING_DAYS * 24 * 60 * 60 * 1000);
}
