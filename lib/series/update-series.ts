// Editing a series rewrites its future occurrences that nobody edited by hand: dates
// the new rule keeps are updated, dates it drops are deleted (when nobody commented)
// or cancelled, and new dates are added. Hand-edited occurrences stay as they are and
// keep their date: one moved to another day is not made again on its old day, and a
// date whose occurrence staff deleted does not come back.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { refuse, requireDepartmentRole, requireUser, type CurrentUser } from "@/lib/auth/guards";
import { venueZone } from "@/lib/venues/queries";
import {
  acceptedAtOnce,
  assertDepartmentsExist,
  eventSnapshotSelect,
  hostsForNewEvent,
  occurrenceDateOf,
  type EventSnapshot,
} from "@/lib/events/event-writes";
import type { z } from "zod";
import type { UpdateSeriesSchema } from "./schemas";
import { toRRule } from "./recurrence";
import {
  createOccurrence,
  occurrenceFields,
  seriesColumns,
  syncHosts,
  upcomingDates,
  type SeriesTemplate,
} from "./occurrences";

const DROPPED = "This date is no longer part of the series.";

export async function updateSeries(
  user: CurrentUser | null,
  input: z.output<typeof UpdateSeriesSchema>,
  now = new Date(),
) {
  const signedIn = await requireUser(user);
  const series = await prisma.eventSeries.findUnique({ where: { id: input.seriesId } });
  if (!series) refuse(signedIn, `series ${input.seriesId}`);
  const actor = await requireDepartmentRole(series.departmentId, "STAFF", signedIn);
  const hostIds = hostsForNewEvent(series.departmentId, input.coHostIds);
  await assertDepartmentsExist(hostIds);
  // A co-host that accepted the series (on any of its dates) co-hosts its new dates too.
  const acceptedOnSeries = await prisma.eventHost.findMany({
    where: { event: { seriesId: series.id }, state: "ACCEPTED" },
    select: { departmentId: true },
    distinct: ["departmentId"],
  });
  const acceptedIds = [
    series.departmentId,
    ...acceptedAtOnce(actor, hostIds),
    ...acceptedOnSeries.map((h) => h.departmentId),
  ];
  const template: SeriesTemplate = { ...input, timeZone: await venueZone(input.venueId) };
  const rrule = toRRule(input);
  const dates = new Set(upcomingDates(rrule, template, input.startsOn, now, series.skippedDates));

  return prisma.$transaction(
    async (db) => {
      // Upcoming occurrences, and any moved by hand into the past from a date still to come.
      const future = await db.event.findMany({
        where: {
          seriesId: series.id,
          OR: [{ startsAt: { gt: now } }, { occurrenceDate: { in: [...dates] } }],
        },
        select: { ...eventSnapshotSelect, _count: { select: { comments: true } } },
      });
      const touched: EventSnapshot[] = [...future];
      // New dates join the series as it stands: drafts while all its dates are drafts.
      const allDrafts = future.length > 0 && future.every((e) => e.status === "DRAFT");
      const status = allDrafts || input.intent === "draft" ? "DRAFT" : "PUBLISHED";
      const handEdited = future.filter((e) => e.editedByHand);
      const taken = new Set(handEdited.map(occurrenceDateOf));
      const counts = { updated: 0, added: 0, removed: 0, keptHandEdited: handEdited.length };
      for (const event of future.filter((e) => !e.editedByHand)) {
        const date = occurrenceDateOf(event);
        if (dates.has(date) && !taken.has(date)) {
          await syncHosts(db, event.id, hostIds, acceptedIds);
          touched.push(
            await db.event.update({
              where: { id: event.id },
              data: occurrenceFields(template, date),
              select: eventSnapshotSelect,
            }),
          );
          taken.add(date);
          counts.updated++;
        } else if (event._count.comments === 0) {
          await db.event.delete({ where: { id: event.id } });
          counts.removed++;
        } else {
          await db.event.update({
            where: { id: event.id },
            data: { status: "CANCELLED", cancellationReason: DROPPED },
          });
          counts.removed++;
        }
      }
      for (const date of [...dates].filter((d) => !taken.has(d))) {
        touched.push(
          await createOccurrence(db, template, date, { seriesId: series.id, hostIds, acceptedIds, status }),
        );
        counts.added++;
      }
      const after = await db.eventSeries.update({
        where: { id: series.id },
        data: seriesColumns(template, rrule),
      });
      await recordAudit(db, {
        actorId: actor.id,
        action: "series.updated",
        entityType: "EventSeries",
        entityId: series.id,
        departmentId: series.departmentId,
        before: {
          title: series.title,
          rrule: series.rrule,
          startTime: series.startTime,
          durationMin: series.durationMin,
          venueId: series.venueId,
        },
        after: {
          title: after.title,
          rrule,
          startTime: after.startTime,
          durationMin: after.durationMin,
          venueId: after.venueId,
          ...counts,
        },
      });
      return { series: after, touched, counts };
    },
    { timeout: 20_000 },
  );
}
