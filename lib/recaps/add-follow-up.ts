// Staff add a promise to a published recap: something the department will look into,
// optionally with a first public note and the residents' questions it answers.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/guards";
import type { EventPlaces } from "@/lib/events/cache";
import type { AddFollowUpInput } from "./schemas";
import { checkedQuestionIds, requireHeldEvent } from "./recap-event";

export const NO_RECAP_MESSAGE = messageKey("AdminRecaps.error.noRecap");

export async function addFollowUp(
  userGiven: CurrentUser | null,
  input: AddFollowUpInput,
  now: Date = new Date(),
): Promise<{ eventId: string; followUpId: string; places: EventPlaces }> {
  const { user, event } = await requireHeldEvent(userGiven, input.eventId, now);
  const recapId = event.recap?.id;
  if (!recapId) throw new InputError({}, NO_RECAP_MESSAGE, 409);
  const followUp = await prisma.$transaction(async (tx) => {
    const questionIds = await checkedQuestionIds(tx, event.id, input.questionIds);
    const created = await tx.followUp.create({
      data: {
        recapId,
        title: input.title,
        state: "OPEN",
        createdAt: now,
        notes: input.note
          ? { create: { state: "OPEN", body: input.note, authorId: user.id, createdAt: now } }
          : undefined,
        questions: { create: questionIds.map((commentId) => ({ commentId, createdAt: now })) },
      },
      select: { id: true, title: true, state: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "follow_up.added",
      entityType: "FollowUp",
      entityId: created.id,
      departmentId: event.departmentId,
      after: { eventId: event.id, title: created.title, state: created.state, note: input.note, questionIds },
    });
    return created;
  });
  return { eventId: event.id, followUpId: followUp.id, places: event.places };
}
