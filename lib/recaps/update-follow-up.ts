// Staff move a follow-up along (open → in progress → done, or back) with a dated public
// note, and change which questions it answers. Marking it done makes the askers who left
// an email due for a notice, which the job runner sends (lib/recaps/notify-follow-up-done.ts).
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { refuse, type CurrentUser } from "@/lib/auth/guards";
import type { EventPlaces } from "@/lib/events/cache";
import type { UpdateFollowUpInput } from "./schemas";
import { checkedQuestionIds, requireHeldEvent } from "./recap-event";

export async function updateFollowUp(
  userGiven: CurrentUser | null,
  input: UpdateFollowUpInput,
  now: Date = new Date(),
): Promise<{ eventId: string; followUpId: string; becameDone: boolean; places: EventPlaces }> {
  const found = await prisma.followUp.findUnique({
    where: { id: input.followUpId },
    select: { recap: { select: { eventId: true } } },
  });
  // An unknown follow-up is refused like another department's, so ids reveal nothing.
  if (!found) refuse(userGiven ?? null, `follow-up ${input.followUpId}`);
  const { user, event } = await requireHeldEvent(userGiven, found.recap.eventId, now);
  const becameDone = await prisma.$transaction(async (tx) => {
    const before = await tx.followUp.findUniqueOrThrow({
      where: { id: input.followUpId },
      select: { state: true, questions: { select: { commentId: true } } },
    });
    const questionIds = await checkedQuestionIds(tx, event.id, input.questionIds);
    const linkedBefore = before.questions.map((q) => q.commentId);
    const done = input.state === "DONE";
    await tx.followUp.update({
      where: { id: input.followUpId },
      data: {
        state: input.state,
        // Counted as done when it was last marked done; leaving "done" clears it.
        doneAt: done ? (before.state === "DONE" ? undefined : now) : null,
        updatedAt: now,
        notes: { create: { state: input.state, body: input.note, authorId: user.id, createdAt: now } },
      },
    });
    // Links kept keep their notifiedAt, so nobody is told twice.
    await tx.followUpQuestion.deleteMany({
      where: { followUpId: input.followUpId, commentId: { notIn: questionIds } },
    });
    await tx.followUpQuestion.createMany({
      data: questionIds
        .filter((id) => !linkedBefore.includes(id))
        .map((commentId) => ({ followUpId: input.followUpId, commentId, createdAt: now })),
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "follow_up.updated",
      entityType: "FollowUp",
      entityId: input.followUpId,
      departmentId: event.departmentId,
      before: { state: before.state, questionIds: linkedBefore },
      after: { state: input.state, note: input.note, questionIds },
    });
    return done && before.state !== "DONE";
  });
  return { eventId: event.id, followUpId: input.followUpId, becameDone, places: event.places };
}
