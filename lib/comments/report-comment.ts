import "server-only";
import { prisma } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit/record";
import { REPORT_REASONS, type ReportReason } from "./report-reasons";
import { commentSettings, type CommentSettings } from "./settings";

export type ReportInput = { commentId: string; reason: ReportReason; details: string };
export type ReportResult =
  | { outcome: "received"; hidden: boolean }
  | { outcome: "rate-limited"; retryAfterMinutes: number }
  | { outcome: "not-found" };

/**
 * A report puts an approved comment in front of moderators again. It stays visible
 * until enough different senders report it, then goes back to pending, hidden.
 */
export async function reportComment(
  input: ReportInput,
  {
    senderHash,
    now = new Date(),
    settings = commentSettings(),
  }: { senderHash: string; now?: Date; settings?: CommentSettings },
): Promise<ReportResult> {
  const comment = await prisma.comment.findFirst({
    where: { id: input.commentId, status: "APPROVED" },
    select: { id: true },
  });
  if (!comment) return { outcome: "not-found" };
  const rule = { ...settings.perAddress, name: "comment-report:sender" };
  const limit = await consumeRateLimit(rule, senderHash, now);
  if (!limit.allowed) {
    return { outcome: "rate-limited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) };
  }
  const reason = [REPORT_REASONS[input.reason], input.details].filter(Boolean).join(": ");
  // One report per sender and comment: a second one is the same report.
  await prisma.commentReport.createMany({
    data: [{ commentId: comment.id, reason, senderHash, createdAt: now }],
    skipDuplicates: true,
  });
  const open = await prisma.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } });
  if (open < settings.reportHideThreshold) return { outcome: "received", hidden: false };
  const holdReason = `Hidden after ${open} reports from residents`;
  const { count } = await prisma.comment.updateMany({
    where: { id: comment.id, status: "APPROVED" },
    data: { status: "PENDING", holdReason },
  });
  if (count > 0) {
    await recordAudit(prisma, {
      actorId: null,
      action: "comment.hidden_by_reports",
      entityType: "Comment",
      entityId: comment.id,
      before: { status: "APPROVED" },
      after: { status: "PENDING", holdReason },
    });
  }
  return { outcome: "received", hidden: count > 0 };
}
