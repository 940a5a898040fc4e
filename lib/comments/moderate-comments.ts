import "server-only";
import { acceptedHost } from "@/lib/events/select";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, refuse, requireModerator, type CurrentUser } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit/record";
import { moderationScope } from "./scope";

import type { Decision } from "./decide-labels";

export { DECISIONS, type Decision } from "./decide-labels";

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

export const ModerateSchema = z.object({
  decision: z.enum(["APPROVED", "REJECTED", "SPAM"]),
  ids: z
    .array(z.string().min(1).max(40))
    .min(1, "Select at least one comment first.")
    .max(200, "Decide on at most 200 comments at once."),
});

export type ModerateInput = z.infer<typeof ModerateSchema>;

/**
 * Approve, reject or mark as spam one or many comments. All or nothing: one id outside
 * the user's departments (or unknown) refuses the whole request, so ids reveal nothing.
 * Each decision resolves the comment's open reports and lands in the audit log.
 */
export async function moderateComments(
  userGiven: CurrentUser | null,
  { decision, ids }: ModerateInput,
  now: Date = new Date(),
): Promise<{ count: number; slugs: string[] }> {
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
            slug: true,
            hosts: { where: acceptedHost, select: { departmentId: true }, orderBy: { createdAt: "asc" } },
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
        after: { status: decision, holdReason: comment.holdReason, resolvedReports: comment._count.reports },
      });
    }
    return { count: comments.length, slugs: [...new Set(comments.map((c) => c.event.slug))] };
  }, BULK_TRANSACTION);
}
