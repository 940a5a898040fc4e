import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import { refuse, hasDepartmentRole, requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { acceptedHost } from "@/lib/events/select";
import { CONTROL_CHARACTER_MESSAGE, hasNoControlCharacters } from "@/lib/actions/fields";
import { COMMENT_LIMITS as L } from "./limits";
import { RowId } from "./schema";

export const OfficialReplySchema = z.object({
  parentId: RowId,
  departmentId: z
    .string()
    .min(1, "Choose the department you answer for.")
    .max(40)
    .regex(/^[\w-]+$/, "Choose the department you answer for."),
  body: z
    .string()
    .trim()
    .min(L.body.min, "Please write your answer.")
    .max(L.body.max, `Please keep the answer to ${L.body.max} characters or fewer.`)
    .refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE),
  idempotencyKey: z
    .string()
    .regex(/^[\w-]{16,100}$/)
    .catch(() => randomUUID()),
});

export type OfficialReplyInput = z.infer<typeof OfficialReplySchema>;

/** The hosting departments of an event the user may answer for (admins: all of them). */
export async function officialReplyDepartments(user: CurrentUser | null, eventId: string) {
  if (!user) return [];
  const hosts = await prisma.eventHost.findMany({
    where: { eventId, ...acceptedHost },
    orderBy: { createdAt: "asc" },
    select: { department: { select: { id: true, name: true } } },
  });
  return hosts.map((host) => host.department).filter((d) => hasDepartmentRole(user, d.id, "STAFF"));
}

/** The same, for the approved questions in a list (the queue), one look-up per event. */
export async function officialReplyDepartmentsByEvent(
  user: CurrentUser,
  items: { status: string; parentId: string | null; event: { id: string } }[],
) {
  const eventIds = new Set(
    items.filter((i) => i.status === "APPROVED" && !i.parentId).map((i) => i.event.id),
  );
  const entries = await Promise.all(
    [...eventIds].map(async (eventId) => [eventId, await officialReplyDepartments(user, eventId)] as const),
  );
  return new Map(entries);
}

/**
 * Staff of a hosting department answer an approved question; the answer is published
 * at once, marked official, and audited.
 */
export async function postOfficialReply(
  userGiven: CurrentUser | null,
  input: OfficialReplyInput,
  now: Date = new Date(),
): Promise<{ commentId: string; eventSlug: string }> {
  const user = await requireDepartmentRole(input.departmentId, "STAFF", userGiven);
  const parent = await prisma.comment.findFirst({
    where: { id: input.parentId, status: "APPROVED" },
    select: {
      id: true,
      parentId: true,
      eventId: true,
      event: { select: { slug: true, hosts: { where: acceptedHost } } },
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
  if (existing) return { commentId: existing.id, eventSlug: parent.event.slug };
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
  return { commentId: reply.id, eventSlug: parent.event.slug };
}
