// Staff of a hosting department publish the recap of an event that has been held, or
// correct it later: roughly how many came and what was talked about. One per event.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/guards";
import type { EventPlaces } from "@/lib/events/cache";
import type { SaveRecapInput } from "./schemas";
import { requireHeldEvent } from "./recap-event";

export async function saveRecap(
  userGiven: CurrentUser | null,
  input: SaveRecapInput,
  now: Date = new Date(),
): Promise<{ eventId: string; created: boolean; places: EventPlaces }> {
  const { user, event } = await requireHeldEvent(userGiven, input.eventId, now);
  const fields = { attendance: input.attendance, summary: input.summary };
  await prisma.$transaction(async (tx) => {
    const before = await tx.eventRecap.findUnique({
      where: { eventId: event.id },
      select: { id: true, attendance: true, summary: true },
    });
    const recap = await tx.eventRecap.upsert({
      where: { eventId: event.id },
      create: { eventId: event.id, ...fields, publishedAt: now, publishedById: user.id },
      update: fields,
      select: { id: true, attendance: true, summary: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "recap.updated" : "recap.published",
      entityType: "EventRecap",
      entityId: recap.id,
      departmentId: event.departmentId,
      before: before && { attendance: before.attendance, summary: before.summary },
      after: { eventId: event.id, attendance: recap.attendance, summary: recap.summary },
    });
  });
  return { eventId: event.id, created: !event.recap, places: event.places };
}
