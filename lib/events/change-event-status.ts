// Publish, unpublish (back to draft) and cancel with a reason: a table of allowed
// transitions, one guard, one transaction, one audit entry.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { auditFields, eventSnapshotSelect, loadSnapshot, type EventSnapshot } from "./event-writes";

type Transition = { action: string; from: EventStatus[]; to: EventStatus; refusal: string };

const TRANSITIONS = {
  publish: {
    action: "event.published",
    from: ["DRAFT", "CANCELLED"],
    to: "PUBLISHED",
    refusal: messageKey("AdminEvents.errors.alreadyPublished"),
  },
  unpublish: {
    action: "event.unpublished",
    from: ["PUBLISHED"],
    to: "DRAFT",
    refusal: messageKey("AdminEvents.errors.notPublished"),
  },
  cancel: {
    action: "event.cancelled",
    from: ["PUBLISHED", "DRAFT"],
    to: "CANCELLED",
    refusal: messageKey("AdminEvents.errors.alreadyCancelled"),
  },
} satisfies Record<string, Transition>;

async function change(
  user: CurrentUser | null,
  eventId: string,
  transition: Transition,
  reason: string | null,
): Promise<EventSnapshot> {
  const actor = await requireEventRole(eventId, "STAFF", user);
  return prisma.$transaction(async (db) => {
    const before = await loadSnapshot(db, eventId);
    if (!before) throw new Error(`Event ${eventId} vanished after its guard`);
    if (!transition.from.includes(before.status)) throw new InputError({}, transition.refusal, 409);
    const after = await db.event.update({
      where: { id: eventId },
      data: { status: transition.to, cancellationReason: transition.to === "CANCELLED" ? reason : null },
      select: eventSnapshotSelect,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: transition.action,
      entityType: "Event",
      entityId: eventId,
      departmentId: before.hosts[0]?.departmentId,
      before: auditFields(before),
      after: auditFields(after),
    });
    return after;
  });
}

export function publishEvent(user: CurrentUser | null, input: { eventId: string }) {
  return change(user, input.eventId, TRANSITIONS.publish, null);
}

export function unpublishEvent(user: CurrentUser | null, input: { eventId: string }) {
  return change(user, input.eventId, TRANSITIONS.unpublish, null);
}

export function cancelEvent(user: CurrentUser | null, input: { eventId: string; reason: string }) {
  return change(user, input.eventId, TRANSITIONS.cancel, input.reason);
}
