// What every occurrence of a series shares, and the rows to write for one date.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { atLocalTime, localDateKey } from "@/lib/time/local";
import {
  eventSnapshotSelect,
  hostRows,
  uniqueEventSlug,
  type EventSnapshot,
} from "@/lib/events/event-writes";
import type { SeriesInput } from "./schemas";
import { occurrenceDates } from "./recurrence";

export type SeriesTemplate = Pick<
  SeriesInput,
  | "title"
  | "description"
  | "format"
  | "startTime"
  | "endTime"
  | "venueId"
  | "languages"
  | "noHost"
  | "accessibilityNotes"
> & { timeZone: string };

function minutesBetween(start: string, end: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(end) - toMinutes(start);
}

/** Fields of the occurrence on `date` (status and hosts aside). */
export function occurrenceFields(template: SeriesTemplate, date: string) {
  const startsAt = atLocalTime(date, template.startTime, template.timeZone);
  const endsAt = atLocalTime(date, template.endTime, template.timeZone);
  return {
    occurrenceDate: date,
    title: template.title,
    description: template.description,
    format: template.format,
    startsAt,
    endsAt,
    timeZone: template.timeZone,
    venueId: template.venueId,
    languages: template.languages,
    noHost: template.noHost,
    accessibilityNotes: template.accessibilityNotes ?? null,
  };
}

/**
 * Dates from `startsOn` (or today, if later) for 12 months whose event has not ended
 * yet, leaving out the dates whose occurrence staff deleted.
 */
export function upcomingDates(
  rrule: string,
  template: SeriesTemplate,
  startsOn: string,
  now = new Date(),
  skippedDates: readonly string[] = [],
): string[] {
  const today = localDateKey(now, template.timeZone);
  const from = startsOn > today ? startsOn : today;
  return occurrenceDates(rrule, from).filter(
    (date) => !skippedDates.includes(date) && occurrenceFields(template, date).endsAt > now,
  );
}

/** The series' own columns, from the form. */
export function seriesColumns(template: SeriesTemplate, rrule: string) {
  return {
    title: template.title,
    rrule,
    startTime: template.startTime,
    durationMin: minutesBetween(template.startTime, template.endTime),
    timeZone: template.timeZone,
    venueId: template.venueId,
  };
}

/** Writes the occurrence on `date`: the series' department leads it, as every date. */
export async function createOccurrence(
  db: Prisma.TransactionClient,
  template: SeriesTemplate,
  date: string,
  extra: { seriesId: string; hostIds: string[]; acceptedIds: string[]; status: "DRAFT" | "PUBLISHED" },
): Promise<EventSnapshot> {
  const data = {
    ...occurrenceFields(template, date),
    slug: await uniqueEventSlug(template.title, date),
    seriesId: extra.seriesId,
    status: extra.status,
    hosts: { createMany: { data: hostRows(extra.hostIds, extra.acceptedIds, extra.hostIds[0]) } },
  };
  return db.event.create({ data, select: eventSnapshotSelect });
}

/**
 * Makes an occurrence's hosts exactly `hostIds`, keeping the rows (order and answer) of
 * those that stay; new ones are accepted when in `acceptedIds`, else invited.
 */
export async function syncHosts(
  db: Prisma.TransactionClient,
  eventId: string,
  hostIds: string[],
  acceptedIds: string[],
) {
  const current = (await db.eventHost.findMany({ where: { eventId }, select: { departmentId: true } })).map(
    (h) => h.departmentId,
  );
  await db.eventHost.deleteMany({ where: { eventId, departmentId: { notIn: hostIds } } });
  const added = hostIds.filter((id) => !current.includes(id));
  await db.eventHost.createMany({ data: hostRows(added, acceptedIds).map((row) => ({ ...row, eventId })) });
}
