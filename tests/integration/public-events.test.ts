import { describe, expect, it } from "vitest";
import { testPrisma } from "../support/db";
import { atLocalTime, createDepartment, createEvent, createVenue } from "../factories";
import { findPublicEvent, heldAt, hostedBy, listPastEvents, listUpcomingEvents } from "@/lib/events/queries";
import { findDepartment, listDepartmentsByState } from "@/lib/departments/queries";
import { formatTimeRange } from "@/lib/time/format";

const db = testPrisma();
const NOW = new Date("2026-11-21T12:00:00Z");

describe("public event reads", () => {
  it("never show drafts, by slug or in lists, and keep cancelled events visible", async () => {
    const department = await createDepartment(db);
    const draft = await createEvent(db, {
      hosts: [department],
      status: "DRAFT",
      startsAt: new Date("2026-12-01T15:00:00Z"),
    });
    const cancelled = await createEvent(db, {
      hosts: [department],
      status: "CANCELLED",
      cancellationReason: "Officers were called to a water main break.",
      startsAt: new Date("2026-12-02T15:00:00Z"),
    });

    expect(await findPublicEvent(draft.slug)).toBeNull();
    const shown = await findPublicEvent(cancelled.slug);
    expect(shown?.status).toBe("CANCELLED");
    expect(shown?.cancellationReason).toContain("water main");

    const slugs = (await listUpcomingEvents({ now: NOW, where: hostedBy(department.id) })).map((e) => e.slug);
    expect(slugs).toEqual([cancelled.slug]);
  });

  it("list upcoming events soonest first, including one under way, and past events latest first", async () => {
    const department = await createDepartment(db);
    const at = (iso: string) =>
      createEvent(db, { hosts: [department], startsAt: new Date(iso), durationMinutes: 90 });
    const later = await at("2026-12-10T15:00:00Z");
    const underWay = await at("2026-11-21T11:30:00Z");
    const soon = await at("2026-11-25T15:00:00Z");
    const lastMonth = await at("2026-10-20T15:00:00Z");
    const lastWeek = await at("2026-11-14T15:00:00Z");

    const upcoming = await listUpcomingEvents({ now: NOW, where: hostedBy(department.id) });
    expect(upcoming.map((e) => e.slug)).toEqual([underWay.slug, soon.slug, later.slug]);
    const past = await listPastEvents({ now: NOW, where: hostedBy(department.id) });
    expect(past.map((e) => e.slug)).toEqual([lastWeek.slug, lastMonth.slug]);
  });

  it("a co-hosted event appears for every host, hosts in the order they were added", async () => {
    const [chp, weed, sheriff] = await Promise.all(
      [
        "California Highway Patrol – Mount Shasta",
        "Weed Police Department",
        "Siskiyou County Sheriff's Office",
      ].map((name) => createDepartment(db, { name, state: "CA", timeZone: "America/Los_Angeles" })),
    );
    const event = await createEvent(db, {
      hosts: [chp!, weed!, sheriff!],
      startsAt: new Date("2026-12-03T16:00:00Z"),
    });
    for (const host of [chp!, weed!, sheriff!]) {
      const list = await listUpcomingEvents({ now: NOW, where: hostedBy(host.id) });
      expect(list.map((e) => e.slug)).toContain(event.slug);
    }
    const detail = await findPublicEvent(event.slug);
    expect(detail?.hosts.map((h) => h.department.name)).toEqual([chp!.name, weed!.name, sheriff!.name]);
  });

  it("venue lists hold only that venue's events", async () => {
    const [cafe, library] = [await createVenue(db), await createVenue(db)];
    const atCafe = await createEvent(db, { venue: cafe, startsAt: new Date("2026-12-05T15:00:00Z") });
    await createEvent(db, { venue: library, startsAt: new Date("2026-12-05T15:00:00Z") });
    const list = await listUpcomingEvents({ now: NOW, where: heldAt(cafe.id) });
    expect(list.map((e) => e.slug)).toEqual([atCafe.slug]);
  });

  it("the same 9 am local start reads 9 am on both sides of the March DST change", async () => {
    const venue = await createVenue(db, { timeZone: "America/New_York", state: "CT" });
    const saturday = await createEvent(db, {
      venue,
      startsAt: atLocalTime("2027-03-13", "09:00", "America/New_York"),
    });
    const sunday = await createEvent(db, {
      venue,
      startsAt: atLocalTime("2027-03-14", "09:00", "America/New_York"),
    });
    expect(saturday.startsAt.toISOString()).toBe("2027-03-13T14:00:00.000Z");
    expect(sunday.startsAt.toISOString()).toBe("2027-03-14T13:00:00.000Z");
    const [before, after] = await Promise.all([findPublicEvent(saturday.slug), findPublicEvent(sunday.slug)]);
    expect(formatTimeRange(before!.startsAt, before!.endsAt, before!.timeZone)).toBe(
      "9:00 – 10:30 AM Eastern Time (EST)",
    );
    expect(formatTimeRange(after!.startsAt, after!.endsAt, after!.timeZone)).toBe(
      "9:00 – 10:30 AM Eastern Time (EDT)",
    );
  });
});

describe("department reads", () => {
  it("group the directory by state name, departments by name", async () => {
    await createDepartment(db, { name: "Weed Police Department", state: "CA" });
    await createDepartment(db, { name: "East Hartford Police Department", state: "CT" });
    await createDepartment(db, { name: "Ventura Police Department", state: "CA" });
    const groups = await listDepartmentsByState();
    const california = groups.find((g) => g.state === "CA");
    expect(california?.stateName).toBe("California");
    const names = california?.departments.map((d) => d.name) ?? [];
    expect(names.indexOf("Ventura Police Department")).toBeLessThan(names.indexOf("Weed Police Department"));
    const order = groups.map((g) => g.stateName);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
  });

  it("find a department by slug, and nothing for an unknown slug", async () => {
    const department = await createDepartment(db);
    expect((await findDepartment(department.slug))?.name).toBe(department.name);
    expect(await findDepartment("no-such-department")).toBeNull();
  });
});
