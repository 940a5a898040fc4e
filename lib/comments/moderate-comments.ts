import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, refuse, requireModerator, type CurrentUser } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit/record";
import { placesOf, type EventPlaces } from "@/lib/events/cache";
import type { Decision } from "./labels";
import { moderationScope } from "./moderation/scope";
import type { ModerateInput } from "./schemas";
import { commentedEventSelect } from "./select";

const AUDIT_ACTIONS: Record<Decision, string> = {
  APPROVED: "comment.approved",
  REJECTED: "comment.rejected",
  SPAM: "comment.marked_spam",
};

/** The hosting department the decision is filed under: one the user moderates, if any. */
function auditDepartment(user: CurrentUser, hosts: { departmentId: string }[]): string | null {
  const mine = departmentIdsWithRole(user, "MODERATOR");
  return (hosts.find((host) => mine.includes(host.departmentId)) ?? hosts[0])?.departmentId ?? null;
}

// A bulk decision of 200 writes 200 audit rows: give it time, and wait for a connection.
const BULK_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/**
 * Approve, reject or mark as spam one or many comments. All or nothing: one id outside
 * the user's departments (or unknown) refuses the whole request, so ids reveal nothing.
 * Each decision resolves the comment's open reports and lands in the audit log, a
 * rejection with the moderator's reason when one was given.
 */
export async function moderateComments(
  userGiven: CurrentUser | null,
  { decision, ids, reason }: ModerateInput,
  now: Date = new Date(),
): Promise<{ count: number; events: EventPlaces[] }> {
  const user = await requireModerator(userGiven);
  const unique = [...new Set(ids)];
  return prisma.$transaction(async (tx) => {
    const comments = await tx.comment.findMany({
      where: { AND: [{ id: { in: unique } }, moderationScope(user)] },
      select: {
        id: true,
        status: true,
        holdReason: true,
        _count: { select: { reports: { where: { resolvedAt: null } } } },
        event: {
          select: {
            id: true,
            ...commentedEventSelect,
            hosts: { ...commentedEventSelect.hosts, orderBy: { createdAt: "asc" } },
          },
        },
      },
    });
    if (comments.length !== unique.length) refuse(user, "moderate comments outside scope");
    await tx.comment.updateMany({
      where: { id: { in: unique } },
      data: { status: decision, moderatedById: user.id, moderatedAt: now },
    });
    await tx.commentReport.updateMany({
      where: { commentId: { in: unique }, resolvedAt: null },
      data: { resolvedAt: now },
    });
    for (const comment of comments) {
      await recordAudit(tx, {
        actorId: user.id,
        action: AUDIT_ACTIONS[decision],
        entityType: "Comment",
        entityId: comment.id,
        departmentId: auditDepartment(user, comment.event.hosts),
        before: { status: comment.status, holdReason: comment.holdReason },
        after: {
          status: decision,
          holdReason: comment.holdReason,
          resolvedReports: comment._count.reports,
          ...(reason && { reason }),
        },
      });
    }
    const events = new Map(comments.map((c) => [c.event.id, placesOf(c.event)]));
    return { count: comments.length, events: [...events.values()] };
  }, BULK_TRANSACTION);
}
