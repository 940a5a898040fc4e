// What every recap write reads of its event and checks first: the caller is staff of a
// host, and the event has been held. Shared by the write functions.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import { placesOf, type EventPlaces } from "@/lib/events/cache";
import { acceptedHost } from "@/lib/events/select";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOT_DUE_MESSAGE, recapIsDue } from "./due";
import { RECAP_LIMITS } from "./limits";
import { linkableQuestionWhere } from "./select";

const heldEventSelect = {
  id: true,
  slug: true,
  status: true,
  endsAt: true,
  venue: { select: { slug: true } },
  hosts: {
    where: acceptedHost,
    orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
    select: { departmentId: true, department: { select: { slug: true } } },
  },
  recap: { select: { id: true } },
} satisfies Prisma.EventSelect;

export type RecapEvent = Prisma.EventGetPayload<{ select: typeof heldEventSelect }> & {
  places: EventPlaces;
  /** The lead host, named in audit entries. */
  departmentId: string | null;
};

/** Staff of a host (site admins pass), on an event that has been held; else 403 or 409. */
export async function requireHeldEvent(
  userGiven: CurrentUser | null,
  eventId: string,
  now: Date,
): Promise<{ user: CurrentUser; event: RecapEvent }> {
  const user = await requireEventRole(eventId, "STAFF", userGiven);
  const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: heldEventSelect });
  if (!recapIsDue(event, now)) throw new InputError({}, NOT_DUE_MESSAGE, 409);
  return {
    user,
    event: { ...event, places: placesOf(event), departmentId: event.hosts[0]?.departmentId ?? null },
  };
}

/** The ticked questions, checked to be the event's approved questions from residents. */
export async function checkedQuestionIds(
  db: Prisma.TransactionClient,
  eventId: string,
  ids: string[],
): Promise<string[]> {
  const wanted = [...new Set(ids)].slice(0, RECAP_LIMITS.questions);
  if (wanted.length === 0) return [];
  const found = await db.comment.findMany({
    where: { ...linkableQuestionWhere(eventId), id: { in: wanted } },
    select: { id: true },
  });
  if (found.length !== wanted.length) {
    throw new InputError(
      {
        questionIds: [messageKey("AdminRecaps.error.questionGone")],
      },
      messageKey("Forms.invalid"),
    );
  }
  return wanted;
}
