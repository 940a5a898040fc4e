// Staff delete a draft of an event they host.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import { auditFields, loadSnapshot, occurrenceDateOf, type EventSnapshot } from "./event-writes";

/**
 * Only drafts can be deleted: a published event that will not happen is cancelled
 * instead. A draft that residents commented on (published once) is kept, since
 * accepted comments are never lost. A deleted occurrence of a series stays deleted
 * when the series is edited.
 */
export async function deleteDraft(
  user: CurrentUser | null,
  input: { eventId: string },
): Promise<EventSnapshot> {
  const actor = await requireEventRole(input.eventId, "STAFF", user);
  return prisma.$transaction(async (db) => {
    const before = await loadSnapshot(db, input.eventId);
    if (!before) throw new Error(`Event ${input.eventId} vanished after its guard`);
    if (before.status !== "DRAFT") {
      throw new InputError({}, messageKey("AdminEvents.errors.onlyDraftsDeleted"), 409);
    }
    if ((await db.comment.count({ where: { eventId: input.eventId } })) > 0) {
      throw new InputError({}, messageKey("AdminEvents.errors.draftHasComments"), 409);
    }
    await db.event.delete({ where: { id: input.eventId } });
    if (before.seriesId) {
      await db.eventSeries.update({
        where: { id: before.seriesId },
        data: { skippedDates: { push: occurrenceDateOf(before) } },
      });
    }
    await recordAudit(db, {
      actorId: actor.id,
      action: "event.deleted",
      entityType: "Event",
      entityId: input.eventId,
      departmentId: before.hosts[0]?.departmentId,
      before: auditFields(before),
    });
    return before;
  });
}
