import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createComment, createDepartment, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { messageKey } from "@/lib/actions/message-key";
import { CreateSeriesSchema } from "@/lib/series/schemas";
import { createSeries } from "@/lib/series/create-series";
import { updateSeries } from "@/lib/series/update-series";
import { describeRecurrence, fromRRule, occurrenceDates, toRRule } from "@/lib/series/recurrence";
import { updateEvent } from "@/lib/events/update-event";
import { cancelEvent, unpublishEvent } from "@/lib/events/change-event-status";
import { deleteDraft } from "@/lib/events/delete-draft";
import { UpdateEventSchema } from "@/lib/events/schemas";
import { localDateKey, localTimeOfDay } from "@/lib/time/local";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Department, Venue } from "@/lib/generated/prisma/client";
import { daysAhead, eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let dept: Department, venue: Venue, staff: CurrentUser, outsider: CurrentUser;

beforeAll(async () => {
  dept = await createDepartment(db);
  venue = await createVenue(db, { timeZone: "America/Los_Angeles" });
  staff = await signedInUser({ memberships: [{ departmentId: dept.id, role: "STAFF" }] });
  outsider = await signedInUser({
    memberships: [{ departmentId: (await createDepartment(db)).id, role: "STAFF" }],
  });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const monthly = {
  title: "Coffee with a Cop downtown",
  description: "First Wednesday of every month, at the same table by the window. All welcome.",
  format: "COFFEE_WITH_A_COP",
  pattern: "monthly",
  ordinal: "1",
  weekday: "WE",
  month: "10",
  startTime: "08:00",
  endTime: "09:30",
  languages: ["en", "es"],
  intent: "publish",
};

/** The monthly series at the test venue, for the test department, starting tomorrow. */
function monthlySeries(overrides: Record<string, unknown> = {}) {
  return CreateSeriesSchema.parse({
    ...monthly,
    departmentId: dept.id,
    venueId: venue.id,
    startsOn: daysAhead(1),
    ...overrides,
  });
}

/** Staff edit one occurrence in the event form, 8:00–9:30 as before unless told otherwise. */
function editByHand(
  event: { id: string; title: string; description: string; startsAt: Date },
  changes: { title?: string; date?: string },
) {
  return handleForm(
    UpdateEventSchema,
    updateEvent,
    staff,
    eventForm({
      eventId: event.id,
      venueId: venue.id,
      coHostIds: [dept.id],
      title: changes.title ?? event.title,
      description: event.description,
      date: changes.date ?? event.startsAt.toISOString().slice(0, 10),
      startTime: "08:00",
      endTime: "09:30",
    }),
  );
}

describe("recurrence rules", () => {
  it("read as people say them and round-trip through RRULE", () => {
    const rule = { pattern: "yearly", ordinal: "1", weekday: "WE", month: 10 } as const;
    expect(toRRule(rule)).toBe("FREQ=YEARLY;BYMONTH=10;BYDAY=+1WE");
    expect(describeRecurrence(rule)).toBe("first Wednesday of October, every year");
    expect(fromRRule(toRRule(rule))).toEqual(rule);
    expect(occurrenceDates("FREQ=MONTHLY;BYDAY=+1WE", "2027-01-01")).toEqual([
      "2027-01-06",
      "2027-02-03",
      "2027-03-03",
      "2027-04-07",
      "2027-05-05",
      "2027-06-02",
      "2027-07-07",
      "2027-08-04",
      "2027-09-01",
      "2027-10-06",
      "2027-11-03",
      "2027-12-01",
    ]);
  });
});

describe("series", () => {
  it("a monthly series creates 12 published occurrences at 8:00 venue time, across DST", async () => {
    const outcome = await handleForm(
      CreateSeriesSchema,
      createSeries,
      staff,
      eventForm({ ...monthly, departmentId: dept.id, venueId: venue.id, startsOn: daysAhead(1) }),
    );
    if (outcome.status !== "ok") throw new Error(JSON.stringify(outcome));
    const events = await db.event.findMany({
      where: { seriesId: outcome.result.series.id },
      include: { hosts: true },
    });
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => localTimeOfDay(e.startsAt, "America/Los_Angeles")))).toEqual(
      new Set(["08:00"]),
    );
    expect(new Set(events.map((e) => e.startsAt.getUTCHours())).size).toBe(2);
    expect(events.every((e) => e.status === "PUBLISHED" && e.hosts[0]?.departmentId === dept.id)).toBe(true);
  });

  it("staff of another department cannot create or edit the series", async () => {
    const refused = await handleForm(
      CreateSeriesSchema,
      createSeries,
      outsider,
      eventForm({ ...monthly, departmentId: dept.id, venueId: venue.id, startsOn: daysAhead(1) }),
    );
    expect(refused).toMatchObject({ status: "error", code: 403 });
    const mine = await createSeries(staff, monthlySeries());
    await expect(
      updateSeries(outsider, {
        ...monthlySeries(),
        seriesId: mine.series.id,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("editing the series moves future occurrences, but not those edited or cancelled by hand", async () => {
    const input = monthlySeries();
    const { series, occurrences } = await createSeries(staff, input);
    const [first, second] = occurrences;
    await editByHand(first!, { title: "Special: coffee and cocoa" });
    await cancelEvent(staff, { eventId: second!.id, reason: "Holiday closure" });

    const moved = {
      ...input,
      seriesId: series.id,
      startTime: "17:00",
      endTime: "18:30",
      title: "Evening coffee downtown",
    };
    const { counts } = await updateSeries(staff, moved);
    expect(counts).toMatchObject({ keptHandEdited: 1, updated: 11, added: 0, removed: 0 });
    const after = await db.event.findMany({ where: { seriesId: series.id }, orderBy: { startsAt: "asc" } });
    expect(after).toHaveLength(12);
    const byId = new Map(after.map((e) => [e.id, e]));
    expect(byId.get(first!.id)).toMatchObject({ title: "Special: coffee and cocoa", editedByHand: true });
    expect(localTimeOfDay(byId.get(first!.id)!.startsAt, "America/Los_Angeles")).not.toBe("17:00");
    expect(byId.get(second!.id)).toMatchObject({ status: "CANCELLED", title: "Evening coffee downtown" });
    const others = after.filter((e) => e.id !== first!.id);
    expect(new Set(others.map((e) => localTimeOfDay(e.startsAt, "America/Los_Angeles")))).toEqual(
      new Set(["17:00"]),
    );
  });
});

describe("occurrences changed by hand", () => {
  it("editing the series makes no new date in place of one moved to another day or deleted", async () => {
    const input = monthlySeries();
    const { series, occurrences } = await createSeries(staff, input);
    const [first, , third] = occurrences;
    const dayAfter = new Date(first!.startsAt.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect((await editByHand(first!, { date: dayAfter })).status).toBe("ok");
    await unpublishEvent(staff, { eventId: third!.id });
    await deleteDraft(staff, { eventId: third!.id });

    const { counts } = await updateSeries(staff, { ...input, seriesId: series.id, title: "Coffee downtown" });
    expect(counts).toMatchObject({ keptHandEdited: 1, updated: 10, added: 0, removed: 0 });
    const after = await db.event.findMany({ where: { seriesId: series.id } });
    expect(after).toHaveLength(11);
    const days = after.map((e) => localDateKey(e.startsAt, "America/Los_Angeles"));
    expect(days).toContain(dayAfter);
    expect(days).not.toContain(first!.occurrenceDate);
    expect(days).not.toContain(third!.occurrenceDate);
  });

  it("dates added to a series of drafts are drafts too", async () => {
    const input = monthlySeries({ intent: "draft" });
    const { series } = await createSeries(staff, input);
    const { counts } = await updateSeries(staff, {
      ...input,
      pattern: "weekly",
      intent: "publish",
      seriesId: series.id,
    });
    expect(counts.added).toBeGreaterThan(30);
    const statuses = await db.event.groupBy({ by: ["status"], where: { seriesId: series.id }, _count: true });
    expect(statuses).toEqual([{ status: "DRAFT", _count: 12 + counts.added - counts.removed }]);
  });

  it("a draft that residents commented on is kept, not deleted, with its comments", async () => {
    const { occurrences } = await createSeries(staff, monthlySeries());
    const event = occurrences[0]!;
    await createComment(db, { eventId: event.id, status: "PENDING" });
    await unpublishEvent(staff, { eventId: event.id });
    const refusal = deleteDraft(staff, { eventId: event.id });
    await expect(refusal).rejects.toMatchObject({ code: 409 });
    await expect(refusal).rejects.toThrow(messageKey("AdminEvents.errors.draftHasComments"));
    expect(await db.event.count({ where: { id: event.id } })).toBe(1);
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("co-hosted series", () => {
  it("every date is co-hosted; dropping the co-host updates the dates not changed by hand", async () => {
    const partner = await createDepartment(db);
    const input = monthlySeries({ coHostIds: [partner.id] });
    const { series, occurrences } = await createSeries(staff, input);
    const hostsOf = async (eventId: string) =>
      (await db.eventHost.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } })).map(
        (h) => h.departmentId,
      );
    expect(await hostsOf(occurrences[0]!.id)).toEqual([dept.id, partner.id]);
    await db.event.update({ where: { id: occurrences[0]!.id }, data: { editedByHand: true } });
    await updateSeries(staff, { ...input, coHostIds: [], seriesId: series.id });
    expect(await hostsOf(occurrences[0]!.id)).toEqual([dept.id, partner.id]);
    expect(await hostsOf(occurrences[1]!.id)).toEqual([dept.id]);
  });
});
