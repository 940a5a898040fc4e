// Staff create a series: the rule, and its occurrences for the next 12 months as
// ordinary events, each editable or cancellable on its own.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { venueZone } from "@/lib/venues/queries";
import {
  acceptedAtOnce,
  assertDepartmentsExist,
  hostsForNewEvent,
  type EventSnapshot,
} from "@/lib/events/event-writes";
import type { z } from "zod";
import type { CreateSeriesSchema } from "./schemas";
import { recurrenceValues, toRRule } from "./recurrence";
import { createOccurrence, seriesColumns, upcomingDates, type SeriesTemplate } from "./occurrences";

export async function createSeries(user: CurrentUser | null, input: z.output<typeof CreateSeriesSchema>) {
  const actor = await requireDepartmentRole(input.departmentId, "STAFF", user);
  const hostIds = hostsForNewEvent(input.departmentId, input.coHostIds);
  const acceptedIds = [input.departmentId, ...acceptedAtOnce(actor, hostIds)];
  await assertDepartmentsExist(hostIds);
  const template: SeriesTemplate = { ...input, timeZone: await venueZone(input.venueId) };
  const rrule = toRRule(input);
  const dates = upcomingDates(rrule, template, input.startsOn);
  if (dates.length === 0) {
    throw new InputError({
      startsOn: [messageKey("AdminSeries.errors.noDates", recurrenceValues(input))],
    });
  }
  const status = input.intent === "publish" ? "PUBLISHED" : "DRAFT";
  const occurrences: EventSnapshot[] = [];
  return prisma.$transaction(
    async (db) => {
      const series = await db.eventSeries.create({
        data: { ...seriesColumns(template, rrule), departmentId: input.departmentId },
      });
      for (const date of dates) {
        occurrences.push(
          await createOccurrence(db, template, date, { seriesId: series.id, hostIds, acceptedIds, status }),
        );
      }
      await recordAudit(db, {
        actorId: actor.id,
        action: "series.created",
        entityType: "EventSeries",
        entityId: series.id,
        departmentId: input.departmentId,
        after: {
          title: series.title,
          rrule,
          startTime: series.startTime,
          venueId: series.venueId,
          occurrences: dates.length,
        },
      });
      return { series, occurrences };
    },
    { timeout: 20_000 },
  );
}
