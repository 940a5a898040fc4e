import { beforeAll, describe, expect, it } from "vitest";
import { createDepartment, createEvent, createSeries, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { CreateEventSchema, UpdateEventSchema } from "@/lib/events/schemas";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { cancelEvent, unpublishEvent } from "@/lib/events/change-event-status";
import { deleteDraft } from "@/lib/events/delete-draft";
import { findPublicEvent } from "@/lib/events/queries";
import { publicPathsOf } from "@/lib/events/cache";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Department } from "@/lib/generated/prisma/client";
import { daysAhead, eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let east: Department, west: Department, staff: CurrentUser;

beforeAll(async () => {
  east = await createDepartment(db, { timeZone: "America/New_York" });
  west = await createDepartment(db, { timeZone: "America/Los_Angeles" });
  staff = await signedInUser({ memberships: [{ departmentId: east.id, role: "STAFF" }] });
});

const newVenue = {
  venueId: "new",
  venueName: "Sunrise Bakery",
  streetAddress: "12 Burnside Ave",
  city: "East Hartford",
  state: "ct",
  postalCode: "06108",
  timeZone: "America/Los_Angeles",
};

describe("creating an event", () => {
  it("publishes a co-hosted event at a new venue, with coordinates from the ZIP code and times in the venue's zone", async () => {
    const date = daysAhead(20, "America/Los_Angeles");
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      eventForm({
        ...newVenue,
        leadDepartmentId: east.id,
        coHostIds: [west.id],
        date,
        startTime: "07:30",
        endTime: "09:00",
        intent: "publish",
        languages: ["en", "es"],
        noHost: "on",
      }),
    );
    if (outcome.status !== "ok") throw new Error(JSON.stringify(outcome));
    const event = await findPublicEvent(outcome.result.slug);
    // West is invited: it shows as a host once its own staff accept (docs/decisions/0008).
    expect(event?.hosts.map((h) => h.department.slug)).toEqual([east.slug]);
    const invited = await db.eventHost.findMany({ where: { eventId: outcome.result.id, state: "INVITED" } });
    expect(invited.map((h) => h.departmentId)).toEqual([west.id]);
    expect(event?.venue).toMatchObject({
      name: "Sunrise Bakery",
      state: "CT",
      postalCode: "06108",
      timeZone: "America/Los_Angeles",
    });
    expect(event?.venue.latitude).toBeCloseTo(41.76, 1);
    expect(event?.timeZone).toBe("America/Los_Angeles");
    expect(
      event?.startsAt.toLocaleTimeString("en-US", {
        timeZone: "America/Los_Angeles",
        hour: "2-digit",
        minute: "2-digit",
      }),
    ).toBe("07:30 AM");
    expect(event).toMatchObject({ status: "PUBLISHED", noHost: true, languages: ["en", "es"] });
    expect(
      await db.auditLog.count({
        where: { entityId: outcome.result.id, action: "event.created_and_published" },
      }),
    ).toBe(1);
  });

  it("keeps 8:00 at 8:00 local time on both sides of a DST change", async () => {
    const venue = await createVenue(db, { timeZone: "America/New_York" });
    const year = new Date().getUTCFullYear() + 1;
    const slugs = [];
    for (const date of [`${year}-03-07`, `${year}-03-14`]) {
      const outcome = await handleForm(
        CreateEventSchema,
        createEventAsStaff,
        staff,
        eventForm({
          leadDepartmentId: east.id,
          venueId: venue.id,
          date,
          startTime: "08:00",
          endTime: "09:00",
        }),
      );
      if (outcome.status !== "ok") throw new Error(JSON.stringify(outcome));
      slugs.push(outcome.result);
    }
    const hours = slugs.map((e) => e.startsAt.getUTCHours());
    expect(new Set(hours).size).toBe(2); // 13:00 UTC in EST, 12:00 UTC in EDT
  });

  it("explains what to fix, field by field, and keeps what was typed", async () => {
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      eventForm({
        leadDepartmentId: east.id,
        venueId: "new",
        title: "Cof",
        startTime: "10:00",
        endTime: "09:00",
        postalCode: "123",
        venueName: "Sunrise Bakery",
      }),
    );
    expect(outcome.status).toBe("error");
    if (outcome.status !== "error") return;
    expect(Object.keys(outcome.fieldErrors)).toEqual(expect.arrayContaining(["title"]));
    expect(outcome.values).toMatchObject({ title: "Cof", venueName: "Sunrise Bakery", startTime: "10:00" });
    const times = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      eventForm({
        leadDepartmentId: east.id,
        ...newVenue,
        postalCode: "123",
        startTime: "10:00",
        endTime: "09:00",
      }),
    );
    expect(times).toMatchObject({
      status: "error",
      fieldErrors: {
        endTime: ["The end time must be after the start time."],
        postalCode: [expect.stringContaining("5-digit")],
      },
    });
  });

  it("refuses dates in the past, years ahead, and clock times skipped by DST", async () => {
    const venue = await createVenue(db, { timeZone: "America/New_York" });
    const year = new Date().getUTCFullYear() + 1;
    const march = new Date(Date.UTC(year, 2, 1));
    const secondSunday = 8 + ((7 - march.getUTCDay()) % 7);
    const cases = {
      past: daysAhead(-3),
      far: daysAhead(800),
      gap: `${year}-03-${String(secondSunday).padStart(2, "0")}`,
    };
    const results = [];
    for (const [name, date] of Object.entries(cases)) {
      const times: Record<string, string> = name === "gap" ? { startTime: "02:30", endTime: "04:00" } : {};
      results.push(
        await handleForm(
          CreateEventSchema,
          createEventAsStaff,
          staff,
          eventForm({ leadDepartmentId: east.id, venueId: venue.id, date, ...times }),
        ),
      );
    }
    expect(results.map((r) => (r.status === "error" ? Object.keys(r.fieldErrors)[0] : r.status))).toEqual([
      "date",
      "date",
      "startTime",
    ]);
    const gap = results[2];
    expect(gap?.status === "error" && gap.fieldErrors.startTime?.[0]).toMatch(
      /^2:30 AM does not exist on Sunday, March \d+, \d{4} where the venue is/,
    );
  });
});

describe("changing an event", () => {
  it("marks an occurrence of a series as edited by hand", async () => {
    const venue = await createVenue(db);
    const series = await createSeries(db, {
      department: east,
      venue: venue,
      title: "Monthly coffee",
      rrule: "FREQ=MONTHLY",
    });
    const occurrence = await createEvent(db, { hosts: [east], venue, seriesId: series.id });
    await handleForm(
      UpdateEventSchema,
      updateEvent,
      staff,
      eventForm({
        eventId: occurrence.id,
        venueId: venue.id,
        coHostIds: [east.id],
        title: "Monthly coffee — moved indoors",
      }),
    );
    expect(await db.event.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      editedByHand: true,
      title: "Monthly coffee — moved indoors",
    });
  });

  it("cancels with a reason that stays public, unpublishes, and deletes only drafts", async () => {
    const venue = await createVenue(db);
    const published = await createEvent(db, { hosts: [east], venue });
    await cancelEvent(staff, { eventId: published.id, reason: "Road closed for the parade" });
    expect(await findPublicEvent(published.slug)).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Road closed for the parade",
    });
    await expect(deleteDraft(staff, { eventId: published.id })).rejects.toMatchObject({ code: 409 });
    const other = await createEvent(db, { hosts: [east], venue });
    await unpublishEvent(staff, { eventId: other.id });
    expect(await findPublicEvent(other.slug)).toBeNull();
    await deleteDraft(staff, { eventId: other.id });
    expect(await db.event.findUnique({ where: { id: other.id } })).toBeNull();
    const audit = await db.auditLog.findMany({
      where: { entityId: { in: [published.id, other.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["event.cancelled", "event.unpublished", "event.deleted"]);
    expect(audit[0]?.after).toEqual({
      status: "CANCELLED",
      cancellationReason: "Road closed for the parade",
    });
  });

  it("names every public page that shows the event, its hosts and its venue", () => {
    const paths = publicPathsOf({ eventSlug: "e1", departmentSlugs: ["d1", "d2"], venueSlugs: ["v1"] });
    expect(paths).toEqual(
      expect.arrayContaining([
        "/",
        "/events/e1",
        "/events/e1/event.ics",
        "/events/e1/flyer",
        "/departments/d2",
        "/departments/d1/events.ics",
        "/venues/v1",
        "/feed.xml",
      ]),
    );
  });
});
