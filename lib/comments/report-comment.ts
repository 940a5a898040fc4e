import "server-only";
import { prisma } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/rate-limit";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/guards";
import { placesOf, type EventPlaces } from "@/lib/events/cache";
import { heldFor, reportedFor } from "./reasons";
import type { ReportCommentInput } from "./schemas";
import { commentedEventSelect } from "./select";
import { commentSettings, type SenderContext } from "./settings";

export type ReportResult =
  | { outcome: "received"; hidden: boolean; event: EventPlaces }
  | { outcome: "rate-limited"; retryAfterMinutes: number }
  | { outcome: "not-found" };

/**
 * A report puts an approved comment in front of moderators again. It stays visible
 * until enough different senders report it, then goes back to pending, hidden.
 */
export async function reportComment(
  input: ReportCommentInput,
  { senderHash, now = new Date(), settings = commentSettings() }: SenderContext,
): Promise<ReportResult> {
  const comment = await prisma.comment.findFirst({
    where: { id: input.commentId, status: "APPROVED" },
    select: { id: true, event: { select: commentedEventSelect } },
  });
  if (!comment) return { outcome: "not-found" };
  const rule = { ...settings.perAddress, name: "comment-report:sender" };
  const limit = await consumeRateLimit(rule, senderHash, now);
  if (!limit.allowed) {
    return { outcome: "rate-limited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) };
  }
  // One report per sender and comment: a second one is the same report.
  await prisma.commentReport.createMany({
    data: [
      { commentId: comment.id, ...reportedFor(input.reason, input.details), senderHash, createdAt: now },
    ],
    skipDuplicates: true,
  });
  const open = await prisma.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } });
  const event = placesOf(comment.event);
  if (open < settings.reportHideThreshold) return { outcome: "received", hidden: false, event };
  const held = heldFor("reports", { count: String(open) });
  const { count } = await prisma.comment.updateMany({
    where: { id: comment.id, status: "APPROVED" },
    data: { status: "PENDING", ...held },
  });
  if (count > 0) {
    await recordAudit(prisma, {
      actorId: null,
      action: "comment.hidden_by_reports",
      entityType: "Comment",
      entityId: comment.id,
      before: { status: "APPROVED" },
      after: { status: "PENDING", holdReason: held.holdReason },
    });
  }
  return { outcome: "received", hidden: count > 0, event };
}

/** The report form's post, by anyone: too many reports are answered on the form. */
export async function reportCommentFromForm(
  _user: CurrentUser | null,
  input: ReportCommentInput,
  context: SenderContext,
): Promise<Exclude<ReportResult, { outcome: "rate-limited" }>> {
  const result = await reportComment(input, context);
  if (result.outcome === "rate-limited") {
    throw new InputError(
      {},
      messageKey("Comments.error.tooManyReports", { minutes: result.retryAfterMinutes }),
      429,
    );
  }
  return result;
}
