import "server-only";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import { refuse, requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { placesOf, type EventPlaces } from "@/lib/events/cache";
import type { OfficialReplyInput } from "./schemas";
import { commentedEventSelect } from "./select";

/**
 * Staff of a hosting department answer an approved question; the answer is published
 * at once, marked official, and audited.
 */
export async function postOfficialReply(
  userGiven: CurrentUser | null,
  input: OfficialReplyInput,
  now: Date = new Date(),
): Promise<{ commentId: string; event: EventPlaces }> {
  const user = await requireDepartmentRole(input.departmentId, "STAFF", userGiven);
  const parent = await prisma.comment.findFirst({
    where: { id: input.parentId, status: "APPROVED" },
    select: {
      id: true,
      parentId: true,
      eventId: true,
      event: { select: commentedEventSelect },
    },
  });
  if (!parent)
    throw new InputError({}, "This question is not published, so it cannot be answered here.", 409);
  if (!parent.event.hosts.some((host) => host.departmentId === input.departmentId)) {
    refuse(user, `official reply on event ${parent.eventId}`);
  }
  const existing = await prisma.comment.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true },
  });
  const event = placesOf(parent.event);
  if (existing) return { commentId: existing.id, event };
  const reply = await prisma.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: {
        eventId: parent.eventId,
        parentId: parent.parentId ?? parent.id,
        authorName: user.name,
        body: input.body,
        status: "APPROVED",
        official: true,
        officialDepartmentId: input.departmentId,
        authorUserId: user.id,
        moderatedById: user.id,
        moderatedAt: now,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
      },
      select: { id: true, body: true, status: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.official_reply_published",
      entityType: "Comment",
      entityId: created.id,
      departmentId: input.departmentId,
      after: { status: created.status, body: created.body, parentId: parent.id },
    });
    return created;
  });
  return { commentId: reply.id, event };
}
