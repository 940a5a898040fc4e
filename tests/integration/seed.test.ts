import { TZDate, tzOffset } from "@date-fns/tz";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS, seedDemoData } from "../../prisma/seed";
import { localDateKey, localTimeOfDay } from "../factories";
import { testPrisma } from "../support/db";

const NAMED_AGENCIES = [
  "East Hartford Police Department",
  "Hartford Police Department",
  "Ventura Police Department",
  "California Highway Patrol – Mount Shasta",
  "Weed Police Department",
  "Siskiyou County Sheriff's Office",
];

async function rowCounts() {
  const prisma = testPrisma();
  return {
    departments: await prisma.department.count(),
    venues: await prisma.venue.count(),
    events: await prisma.event.count(),
    hosts: await prisma.eventHost.count(),
    series: await prisma.eventSeries.count(),
    comments: await prisma.comment.count(),
    users: await prisma.user.count(),
    memberships: await prisma.membership.count(),
    recaps: await prisma.eventRecap.count(),
    followUps: await prisma.followUp.count(),
  };
}

describe("demo data seed", () => {
  const now = new Date();

  beforeAll(async () => {
    // The seed only fills an empty database; this file's database starts empty.
    expect(await testPrisma().department.count(), "the seed test needs a fresh database").toBe(0);
    await seedDemoData(testPrisma());
  });

  it("creates at least 12 departments in at least 4 states, including the named agencies", async () => {
    const departments = await testPrisma().department.findMany({ select: { name: true, state: true } });
    expect(departments.length).toBeGreaterThanOrEqual(12);
    expect(new Set(departments.map((d) => d.state)).size).toBeGreaterThanOrEqual(4);
    expect(departments.map((d) => d.name)).toEqual(expect.arrayContaining(NAMED_AGENCIES));
  });

  it("creates at least 20 venues and 60 events, both past and upcoming", async () => {
    const prisma = testPrisma();
    expect(await prisma.venue.count()).toBeGreaterThanOrEqual(20);
    expect(await prisma.event.count()).toBeGreaterThanOrEqual(60);
    expect(await prisma.event.count({ where: { status: "PUBLISHED", endsAt: { lt: now } } })).toBeGreaterThan(
      0,
    );
    expect(
      await prisma.event.count({ where: { status: "PUBLISHED", startsAt: { gt: now } } }),
    ).toBeGreaterThan(0);
    expect(
      await prisma.event.count({ where: { status: "CANCELLED", cancellationReason: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(await prisma.event.count({ where: { status: "DRAFT" } })).toBeGreaterThan(0);
  });

  it("gives every event its venue's zone and every event at least one host", async () => {
    const events = await testPrisma().event.findMany({
      select: { timeZone: true, venue: { select: { timeZone: true } }, _count: { select: { hosts: true } } },
    });
    for (const event of events) {
      expect(event.timeZone).toBe(event.venue.timeZone);
      expect(event._count.hosts).toBeGreaterThanOrEqual(1);
    }
  });

  it("hosts the Weed Starbucks event with CHP Mount Shasta, Weed PD and the Siskiyou County Sheriff", async () => {
    const [event, ...others] = await testPrisma().event.findMany({
      where: { venue: { slug: "starbucks-weed" } },
      select: { hosts: { select: { department: { select: { name: true } } } } },
    });
    expect(others).toHaveLength(0);
    expect(event?.hosts.map((h) => h.department.name).sort()).toEqual([
      "California Highway Patrol – Mount Shasta",
      "Siskiyou County Sheriff's Office",
      "Weed Police Department",
    ]);
  });

  it("keeps every co-hosted demo event accepted, and leaves one invitation pending for East Hartford's staff", async () => {
    const prisma = testPrisma();
    const invited = await prisma.eventHost.findMany({
      where: { state: "INVITED" },
      select: { department: { select: { slug: true } }, event: { select: { title: true, status: true } } },
    });
    expect(invited).toEqual([
      {
        department: { slug: "east-hartford-police" },
        event: { title: "Sunday Coffee on Franklin Avenue", status: "PUBLISHED" },
      },
    ]);
    const coHosted = await prisma.event.findMany({
      where: { hosts: { some: { state: "ACCEPTED" } } },
      select: { hosts: { where: { state: "ACCEPTED" }, select: { departmentId: true } } },
    });
    expect(coHosted.filter((e) => e.hosts.length > 1).length).toBeGreaterThanOrEqual(4);
  });

  it("gives every venue with events to the department that held the first of them", async () => {
    const venues = await testPrisma().venue.findMany({
      where: { events: { some: {} } },
      select: { slug: true, ownerDepartment: { select: { slug: true } } },
    });
    expect(venues.filter((v) => v.ownerDepartment === null)).toEqual([]);
    expect(venues.find((v) => v.slug === "starbucks-weed")?.ownerDepartment?.slug).toBe("chp-mount-shasta");
  });

  it("holds National Coffee with a Cop Day on the first Wednesday of October, last year's and the next", async () => {
    const events = await testPrisma().event.findMany({
      where: { slug: { startsWith: "national-coffee-with-a-cop-day-" } },
      select: { startsAt: true, timeZone: true },
    });
    expect(events).toHaveLength(2);
    for (const event of events) {
      const local = new TZDate(event.startsAt.getTime(), event.timeZone);
      expect(local.getDay()).toBe(3);
      expect(local.getMonth()).toBe(9);
      expect(local.getDate()).toBeGreaterThanOrEqual(1);
      expect(local.getDate()).toBeLessThanOrEqual(7);
    }
    // On the day itself, today's event counts as the upcoming one.
    const isTodayOrLater = (e: (typeof events)[number]) =>
      localDateKey(e.startsAt, e.timeZone) >= localDateKey(now, e.timeZone);
    expect(events.filter(isTodayOrLater)).toHaveLength(1);
    expect(events.filter((e) => !isTodayOrLater(e))).toHaveLength(1);
  });

  it("keeps the same local start time on both sides of the next clock change", async () => {
    const prisma = testPrisma();
    const before = await prisma.event.findFirst({
      where: { venue: { slug: "raymond-library-east-hartford" } },
    });
    expect(before).not.toBeNull();
    const zone = before!.timeZone;
    const nextDay = localDateKey(new Date(before!.startsAt.getTime() + 24 * 60 * 60_000), zone);
    const after = await prisma.event.findFirst({ where: { slug: `coffee-with-a-cop-mozzicato-${nextDay}` } });
    expect(after).not.toBeNull();
    expect(before!.startsAt > now).toBe(true);
    expect(localTimeOfDay(before!.startsAt, zone)).toBe("09:00");
    expect(localTimeOfDay(after!.startsAt, zone)).toBe("09:00");
    expect(tzOffset(zone, after!.startsAt)).not.toBe(tzOffset(zone, before!.startsAt));
  });

  it("has comments in every status, replies, held reasons and an official staff answer", async () => {
    const prisma = testPrisma();
    const statuses = await prisma.comment.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(["APPROVED", "PENDING", "REJECTED", "SPAM"]);
    expect(await prisma.comment.count({ where: { status: "SPAM", holdReason: null } })).toBe(0);
    expect(await prisma.comment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(0);

    const official = await prisma.comment.findFirst({
      where: { official: true },
      select: {
        parentId: true,
        officialDepartmentId: true,
        authorUser: { select: { email: true, memberships: true } },
      },
    });
    expect(official?.parentId).not.toBeNull();
    expect(official?.authorUser?.email).toBe("staff@demo.coffeewithacop.test");
    expect(official?.authorUser?.memberships.map((m) => m.departmentId)).toContain(
      official?.officialDepartmentId,
    );
  });

  it("has recaps of held events, with follow-ups in every state, dated notes and linked questions", async () => {
    const prisma = testPrisma();
    const recaps = await prisma.eventRecap.findMany({
      select: { event: { select: { status: true, endsAt: true } } },
    });
    expect(recaps.length).toBeGreaterThanOrEqual(2);
    for (const { event } of recaps) {
      expect(event.status).toBe("PUBLISHED");
      expect(event.endsAt.getTime()).toBeLessThan(now.getTime());
    }
    const states = await prisma.followUp.groupBy({ by: ["state"], _count: true });
    expect(states.map((s) => s.state).sort()).toEqual(["DONE", "IN_PROGRESS", "OPEN"]);
    expect(await prisma.followUp.count({ where: { notes: { none: {} } } })).toBe(0);
    expect(await prisma.followUpQuestion.count()).toBeGreaterThan(0);
    // Residents of seeded done follow-ups count as told: starting the demo sends no email.
    expect(
      await prisma.followUpQuestion.count({ where: { notifiedAt: null, followUp: { state: "DONE" } } }),
    ).toBe(0);
  });

  it("creates the demo accounts with their passwords and roles", async () => {
    const prisma = testPrisma();
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual(["admin", "moderator", "staff"]);
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: account.email },
        include: { memberships: { include: { department: true } } },
      });
      expect(await verifyPassword(account.password, user.passwordHash ?? "")).toBe(true);
      expect(user.isSiteAdmin).toBe(account.role === "admin");
      if (account.role === "admin") continue;
      expect(user.memberships.map((m) => [m.role, m.department.name])).toEqual([
        [account.role === "staff" ? "STAFF" : "MODERATOR", account.note.replace(/^\w+ of /, "")],
      ]);
    }
  });

  it("changes nothing when it runs again", async () => {
    const before = await rowCounts();
    await seedDemoData(testPrisma());
    expect(await rowCounts()).toEqual(before);
  });
});
