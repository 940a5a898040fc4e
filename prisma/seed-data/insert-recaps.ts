// Writes the demo recaps, their follow-ups and notes, linked to the demo questions they
// answer. Residents of done follow-ups count as already told: the seed sends no email.
import type { Db } from "../../tests/factories";
import { createRecap } from "../../tests/factories";
import { must } from "./insert-events";
import { RECAPS } from "./recaps";
import type { EventPlan } from "./schedule";

const DAY = 24 * 60 * 60_000;

export async function insertRecaps(
  db: Db,
  { events, now }: { events: Map<string, { id: string; plan: EventPlan }>; now: Date },
): Promise<void> {
  for (const seed of RECAPS) {
    const event = must(events.get(seed.event), `event ${seed.event}`);
    // A recap is only written once the event has been held.
    if (event.plan.status !== "PUBLISHED" || event.plan.endsAt > now) continue;
    const after = (days: number) =>
      new Date(Math.min(event.plan.endsAt.getTime() + days * DAY, now.getTime()));
    const questions = await db.comment.findMany({
      where: { eventId: event.id, parentId: null, status: "APPROVED" },
      select: { id: true, authorName: true },
    });
    const questionId = (name: string) =>
      must(questions.find((q) => q.authorName === name)?.id, `question from ${name}`);
    await createRecap(db, {
      eventId: event.id,
      attendance: seed.attendance,
      summary: seed.summary,
      publishedAt: after(seed.publishedDaysAfter),
      followUps: seed.followUps.map((followUp) => ({
        title: followUp.title,
        notes: followUp.notes.map((note) => ({
          state: note.state,
          body: note.body,
          at: after(note.daysAfter),
        })),
        questionIds: (followUp.questionsFrom ?? []).map(questionId),
        notifiedAt: followUp.notes.at(-1)?.state === "DONE" ? now : null,
      })),
    });
  }
}
