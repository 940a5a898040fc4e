// Staff of an invited department accept or decline a co-host invitation. Until accepted,
// the event is not theirs anywhere public and they cannot edit it. An answer on a date
// of a series answers every date of that series awaiting one.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { recordAudit } from "@/lib/audit/record";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import type { AnswerInvitationInput } from "./schemas";
import { loadSnapshot, type EventSnapshot } from "./event-writes";
import { placesOf, type EventPlaces } from "./cache";

export type InvitationAnswer = {
  answer: AnswerInvitationInput["answer"];
  returnTo: AnswerInvitationInput["returnTo"];
  places: EventPlaces[];
};

/** Staff of the invited department accept (the event becomes theirs) or decline (the invitation is removed). */
export async function answerInvitation(
  user: CurrentUser | null,
  input: AnswerInvitationInput,
  now = new Date(),
): Promise<InvitationAnswer> {
  const actor = await requireDepartmentRole(input.departmentId, "STAFF", user);
  const invitation = await prisma.eventHost.findUnique({
    where: { eventId_departmentId: { eventId: input.eventId, departmentId: input.departmentId } },
    select: { state: true, event: { select: { seriesId: true } }, department: { select: { slug: true } } },
  });
  if (invitation?.state !== "INVITED") {
    throw new InputError({}, messageKey("AdminEvents.errors.invitationGone"), 409);
  }
  const { seriesId } = invitation.event;
  const where: Prisma.EventHostWhereInput = {
    departmentId: input.departmentId,
    state: "INVITED",
    event: seriesId ? { seriesId } : { id: input.eventId },
  };
  return prisma.$transaction(async (db) => {
    const answered = await db.eventHost.findMany({ where, select: { eventId: true } });
    if (input.answer === "accept") {
      await db.eventHost.updateMany({ where, data: { state: "ACCEPTED", respondedAt: now } });
    } else {
      await db.eventHost.deleteMany({ where });
    }
    const events: EventSnapshot[] = [];
    for (const { eventId } of answered) {
      await recordAudit(db, {
        actorId: actor.id,
        action: input.answer === "accept" ? "event.cohost_accepted" : "event.cohost_declined",
        entityType: "Event",
        entityId: eventId,
        departmentId: input.departmentId,
        before: { cohostDepartmentId: input.departmentId, hostState: "INVITED" },
        after: {
          cohostDepartmentId: input.departmentId,
          hostState: input.answer === "accept" ? "ACCEPTED" : "DECLINED",
        },
      });
      const event = await loadSnapshot(db, eventId);
      if (event) events.push(event);
    }
    // A declined department is no longer among the hosts, but its pages may have been looked at.
    const places = events.map((event) => {
      const place = placesOf(event);
      return {
        ...place,
        departmentSlugs: [...new Set([...place.departmentSlugs, invitation.department.slug])],
      };
    });
    return { answer: input.answer, returnTo: input.returnTo, places };
  });
}
