import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";

export type NewComment = Prisma.CommentUncheckedCreateInput & {
  senderHash: string;
  idempotencyKey: string;
  parentId: string | null;
};

/** The same words from the same sender and name within this window are one comment. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

function sameWords(data: NewComment, now: Date): Prisma.CommentWhereInput {
  return {
    eventId: data.eventId,
    parentId: data.parentId,
    senderHash: data.senderHash,
    authorName: data.authorName,
    body: data.body,
    createdAt: { gte: new Date(now.getTime() - DUPLICATE_WINDOW_MS) },
  };
}

/** An earlier copy: the same idempotency key, or the same words sent again (a second tab). */
export async function findEarlierCopy(
  data: NewComment,
  now: Date,
): Promise<{ id: string; status: CommentStatus } | null> {
  return prisma.comment.findFirst({
    where: { OR: [{ idempotencyKey: data.idempotencyKey }, sameWords(data, now)] },
    select: { id: true, status: true },
  });
}

/**
 * Stores a comment once: a concurrent resend with the same key loses on the unique
 * index and gets the stored row. No interactive transaction: under a burst those
 * wait for a pooled connection and give up, and a comment must never be lost.
 */
export async function storeComment(data: NewComment, now: Date): Promise<string> {
  try {
    const created = await prisma.comment.create({ data: { ...data, createdAt: now }, select: { id: true } });
    return created.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.comment.findUniqueOrThrow({
      where: { idempotencyKey: data.idempotencyKey },
      select: { id: true },
    });
    return winner.id;
  }
}
