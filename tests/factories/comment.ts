import type { Comment, Event, Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "./db";
import { createEvent } from "./event";

export type CommentInput = Prisma.CommentCreateManyInput;

/** A pending question from a resident, the most common row in the moderation queue. */
export function buildComment(overrides: Partial<CommentInput> & { eventId: string }): CommentInput {
  return {
    authorName: "Pat Jensen",
    authorEmail: "pat.jensen@example.com",
    body: "Do you usually stay the whole time? I can't get there until about half past eight.",
    status: "PENDING",
    ...overrides,
  };
}

export type CreateCommentOptions = Partial<CommentInput> & {
  /** Created when neither event nor eventId is given. */
  event?: Pick<Event, "id">;
};

export async function createComment(
  db: Db,
  { event, ...overrides }: CreateCommentOptions = {},
): Promise<Comment> {
  const eventId = overrides.eventId ?? event?.id ?? (await createEvent(db)).id;
  return db.comment.create({ data: buildComment({ ...overrides, eventId }) });
}
