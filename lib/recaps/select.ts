// The shapes recap reads share: what the public sees of a recap and its follow-ups
// (never a resident's email), and what the staff page adds.
import type { Prisma } from "@/lib/generated/prisma/client";

const noteSelect = { id: true, state: true, body: true, createdAt: true } satisfies Prisma.FollowUpNoteSelect;

/** A linked question as the public sees it: who asked and what, never their email. */
const linkedQuestionSelect = {
  commentId: true,
  comment: { select: { id: true, authorName: true, body: true } },
} satisfies Prisma.FollowUpQuestionSelect;

export const publicFollowUpSelect = {
  id: true,
  title: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: noteSelect },
  questions: {
    where: { comment: { status: "APPROVED" } },
    orderBy: { createdAt: "asc" },
    select: linkedQuestionSelect,
  },
} satisfies Prisma.FollowUpSelect;

export const publicRecapSelect = {
  id: true,
  attendance: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  followUps: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: publicFollowUpSelect },
} satisfies Prisma.EventRecapSelect;

export type PublicRecap = Prisma.EventRecapGetPayload<{ select: typeof publicRecapSelect }>;
export type PublicFollowUp = Prisma.FollowUpGetPayload<{ select: typeof publicFollowUpSelect }>;

/** An open follow-up in a department's list: the promise, where it stands, and its event. */
export const openFollowUpSelect = {
  id: true,
  title: true,
  state: true,
  updatedAt: true,
  recap: {
    select: { event: { select: { slug: true, title: true, startsAt: true, timeZone: true } } },
  },
} satisfies Prisma.FollowUpSelect;

export type OpenFollowUp = Prisma.FollowUpGetPayload<{ select: typeof openFollowUpSelect }>;

/** A question staff may link: approved, asked by a resident (not an official reply). */
export const linkableQuestionWhere = (eventId: string) =>
  ({ eventId, parentId: null, status: "APPROVED", official: false }) satisfies Prisma.CommentWhereInput;
