import type { FollowUpState } from "../../lib/generated/prisma/client";
import type { Db } from "./db";

export type FollowUpSeed = {
  title: string;
  /** The dated notes, oldest first; the last one's state is the follow-up's. */
  notes: { state: FollowUpState; body: string; at: Date }[];
  /** Approved questions of the event this follow-up answers. */
  questionIds?: string[];
  /** When the askers were told it is done (seeded done follow-ups: already told). */
  notifiedAt?: Date | null;
};

export type RecapSeed = {
  eventId: string;
  attendance?: number;
  summary?: string;
  publishedAt: Date;
  publishedById?: string | null;
  followUps?: FollowUpSeed[];
};

/** A published recap with its follow-ups, their notes and linked questions. */
export async function createRecap(
  db: Db,
  {
    eventId,
    attendance = 18,
    summary = "Neighbors asked about speeding near the school and about the new bike lanes. Officers explained how to report a parking problem online.",
    publishedAt,
    publishedById = null,
    followUps = [],
  }: RecapSeed,
) {
  const recap = await db.eventRecap.create({
    data: { eventId, attendance, summary, publishedAt, publishedById },
    select: { id: true },
  });
  const created = [];
  for (const [index, seed] of followUps.entries()) {
    const createdAt = new Date(publishedAt.getTime() + index);
    const last = seed.notes.at(-1);
    const state = last?.state ?? "OPEN";
    const doneAt = state === "DONE" ? (last?.at ?? createdAt) : null;
    created.push(
      await db.followUp.create({
        data: {
          recapId: recap.id,
          title: seed.title,
          state,
          doneAt,
          createdAt,
          updatedAt: last?.at ?? createdAt,
          notes: {
            create: seed.notes.map((note) => ({ state: note.state, body: note.body, createdAt: note.at })),
          },
          questions: {
            create: (seed.questionIds ?? []).map((commentId) => ({
              commentId,
              createdAt,
              notifiedAt: seed.notifiedAt ?? null,
            })),
          },
        },
        select: { id: true, state: true },
      }),
    );
  }
  return { id: recap.id, followUps: created };
}
