// Co-host invitations: staff of an invited department see them and accept or decline.
// Until accepted, the event is not theirs anywhere public and they cannot edit it. An
// answer on a date of a series answers every date of that series awaiting one.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import {
  departmentIdsWithRole,
  requireDepartmentRole,
  requireUser,
  type CurrentUser,
} from "@/lib/auth/guards";
import type { AnswerInvitationInput } from "./schemas";
import { acceptedHost } from "./select";
import { loadSnapshot, placesOf, type EventSnapshot } from "./admin-snapshot";
import type { EventPlaces } from "./admin-revalidate";

const invitationSelect = {
  departmentId: true,
  department: { select: { name: true } },
  event: {
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      seriesId: true,
      venue: { select: { name: true, city: true, state: true } },
      hosts: {
        where: acceptedHost,
        select: { department: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  },
} satisfies Prisma.EventHostSelect;

export type PendingInvitation = Prisma.EventHostGetPayload<{ select: typeof invitationSelect }> & {
  /** Other dates of the same series this answer also covers. */
  otherDates: number;
};

/** Invitations waiting for the user's departments (staff only), soonest event first; one per series. */
export async function listPendingInvitations(
  user: CurrentUser | null,
  now = new Date(),
): Promise<PendingInvitation[]> {
  const actor = await requireUser(user);
  const rows = await prisma.eventHost.findMany({
    where: {
      departmentId: { in: departmentIdsWithRole(actor, "STAFF") },
      state: "INVITED",
      event: { endsAt: { gte: now } },
    },
    orderBy: [{ event: { startsAt: "asc" } }],
    take: 200,
    select: invitationSelect,
  });
  const bySeries = new Map<string, PendingInvitation>();
  for (const row of rows) {
    const key = `${row.departmentId}:${row.event.seriesId ?? row.event.id}`;
    const first = bySeries.get(key);
    if (first) first.otherDates++;
    else bySeries.set(key, { ...row, otherDates: 0 });
  }
  return [...bySeries.values()];
}

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
    throw new InputError({}, "This invitation was withdrawn or has already been answered.", 409);
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
