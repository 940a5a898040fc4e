import { messageTranslator } from "@/lib/actions/translate-answer";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ForbiddenError, type CurrentUser } from "@/lib/auth/guards";
import { reportCsv } from "@/lib/reports/csv";
import { getDepartmentReport } from "@/lib/reports/queries";
import { parseReportFilters } from "@/lib/reports/schemas";
import type { Department, Event } from "@/lib/generated/prisma/client";
import {
  atLocalTime,
  createComment,
  createDepartment,
  createEvent,
  createRecap,
  createVenue,
} from "../factories";
import { testPrisma } from "../support/db";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();
const ZONE = "America/New_York";
const NOW = new Date("2026-11-27T12:00:00Z");
const HOUR = 3_600_000;
const at = (day: string, time = "09:00") => atLocalTime(day, time, ZONE);
const PERIOD = { from: "2026-03", to: "2026-05" };

type CsvRow = Record<string, string>;

let a: Department;
let b: Department;
let staffA: CurrentUser;
let admin: CurrentUser;

async function held(
  department: Department,
  day: string,
  time = "09:00",
  status: "PUBLISHED" | "CANCELLED" = "PUBLISHED",
) {
  const venue = await createVenue(db, { timeZone: ZONE });
  return createEvent(db, { venue, hosts: [department], startsAt: at(day, time), status });
}

async function question(
  event: Event,
  askedAt: Date,
  answeredAfterHours: number | null,
  status: "APPROVED" | "SPAM" = "APPROVED",
) {
  const asked = await createComment(db, { eventId: event.id, status, createdAt: askedAt });
  if (answeredAfterHours !== null) {
    await createComment(db, {
      eventId: event.id,
      parentId: asked.id,
      status: "APPROVED",
      official: true,
      officialDepartmentId: a.id,
      authorEmail: null,
      createdAt: new Date(askedAt.getTime() + answeredAfterHours * HOUR),
    });
  }
  return asked;
}

beforeAll(async () => {
  a = await createDepartment(db, { name: "East Hartford Police Department", timeZone: ZONE });
  b = await createDepartment(db, { name: "Hartford Police Department", timeZone: ZONE });
  staffA = await signedInUser({ memberships: [{ departmentId: a.id, role: "STAFF" }] });
  admin = await signedInUser({ isSiteAdmin: true });

  const march10 = await held(a, "2026-03-10");
  const march24 = await held(a, "2026-03-24");
  await held(a, "2026-03-17", "09:00", "CANCELLED");
  await held(a, "2026-04-14");
  // Late on April 30 in Connecticut is already May 1 in UTC: it counts in April.
  await held(a, "2026-04-30", "23:00");
  await held(a, "2026-05-12", "09:00", "CANCELLED");
  const june = await held(a, "2026-06-09");
  const other = await held(b, "2026-03-10");

  const recap = await createRecap(db, {
    eventId: march10.id,
    attendance: 20,
    publishedAt: at("2026-03-11"),
    followUps: [
      { title: "Speed patrols", notes: [{ state: "DONE", body: "Done.", at: at("2026-04-02") }] },
      { title: "Streetlights", notes: [{ state: "OPEN", body: "Asked.", at: at("2026-03-11") }] },
      { title: "Block Watch", notes: [{ state: "DONE", body: "Done.", at: at("2026-05-05") }] },
    ],
  });
  // The third was promised later, in April.
  await db.followUp.update({ where: { id: recap.followUps[2]!.id }, data: { createdAt: at("2026-04-03") } });
  await createRecap(db, { eventId: march24.id, attendance: 15, publishedAt: at("2026-03-25") });
  await createRecap(db, { eventId: june.id, attendance: 99, publishedAt: at("2026-06-10") });
  await createRecap(db, { eventId: other.id, attendance: 50, publishedAt: at("2026-03-11") });

  await question(march10, at("2026-03-01", "10:00"), 2);
  await question(march10, at("2026-03-02", "10:00"), 4);
  const unanswered = await question(march10, at("2026-03-03", "10:00"), null);
  // A resident's reply is not an official answer; spam is not a question.
  await createComment(db, {
    eventId: march10.id,
    parentId: unanswered.id,
    status: "APPROVED",
    createdAt: at("2026-03-03", "12:00"),
  });
  await question(march10, at("2026-03-04", "10:00"), 1, "SPAM");
  await question(march10, at("2026-04-05", "10:00"), 10);
});

async function csvOf(user: CurrentUser, department = ""): Promise<Map<string, CsvRow>> {
  const report = await getDepartmentReport(user, { ...PERIOD, department }, NOW);
  const rows = parse<CsvRow>(reportCsv(report), { columns: true, skip_empty_lines: true });
  return new Map(rows.map((row) => [row.Month ?? "", row]));
}

/** The same figures counted straight from the tables, one month of department A. */
async function fromDatabase(month: string) {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const start = at(`${month}-01`, "00:00");
  const end = at(`${mon === 12 ? year + 1 : year}-${String((mon % 12) + 1).padStart(2, "0")}-01`, "00:00");
  const inMonth = { gte: start, lt: end };
  const hostedByA = { hosts: { some: { departmentId: a.id, state: "ACCEPTED" as const } } };
  const heldEvents = { ...hostedByA, status: "PUBLISHED" as const, startsAt: inMonth, endsAt: { lte: NOW } };
  const questions = {
    parentId: null,
    official: false,
    status: { in: ["APPROVED" as const, "PENDING" as const] },
    createdAt: inMonth,
    event: hostedByA,
  };
  const followUps = { recap: { event: hostedByA } };
  return {
    "Events held": await db.event.count({ where: heldEvents }),
    "Events cancelled": await db.event.count({
      where: { ...hostedByA, status: "CANCELLED", startsAt: inMonth },
    }),
    "Recaps written": await db.eventRecap.count({ where: { event: heldEvents } }),
    "Attendance reported":
      (await db.eventRecap.aggregate({ where: { event: heldEvents }, _sum: { attendance: true } }))._sum
        .attendance ?? 0,
    "Questions received": await db.comment.count({ where: questions }),
    "Questions answered": await db.comment.count({
      where: { ...questions, replies: { some: { official: true, status: "APPROVED" } } },
    }),
    "Follow-ups opened": await db.followUp.count({ where: { ...followUps, createdAt: inMonth } }),
    "Follow-ups done": await db.followUp.count({ where: { ...followUps, state: "DONE", doneAt: inMonth } }),
  };
}

const numbers = (row: CsvRow | undefined, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, Number(row?.[key])]));

describe("the department report", () => {
  it("its CSV parses, and each month's figures match the database", async () => {
    const rows = await csvOf(staffA);
    expect([...rows.keys()]).toEqual(["2026-03", "2026-04", "2026-05", "Total"]);
    for (const month of ["2026-03", "2026-04", "2026-05"]) {
      const expected = await fromDatabase(month);
      expect(numbers(rows.get(month), Object.keys(expected)), month).toEqual(expected);
    }
    expect(rows.get("2026-03")).toMatchObject({
      Department: a.name,
      "Events held": "2",
      "Events cancelled": "1",
      "Attendance reported": "35",
      "Questions received": "3",
      "Questions answered": "2",
      "Median hours to official reply": "3",
      "Follow-ups opened": "2",
      "Follow-ups done": "0",
    });
    expect(rows.get("2026-04")).toMatchObject({
      "Events held": "2",
      "Median hours to official reply": "10",
      "Follow-ups done": "1",
    });
    expect(rows.get("2026-05")).toMatchObject({
      "Events held": "0",
      "Events cancelled": "1",
      "Median hours to official reply": "",
    });
  });

  it("the period's total sums the months, with the median over the whole period", async () => {
    const rows = await csvOf(staffA);
    const total = rows.get("Total");
    for (const column of [
      "Events held",
      "Events cancelled",
      "Attendance reported",
      "Questions received",
      "Follow-ups opened",
      "Follow-ups done",
    ]) {
      const sum = ["2026-03", "2026-04", "2026-05"].reduce((s, m) => s + Number(rows.get(m)?.[column]), 0);
      expect(Number(total?.[column]), column).toBe(sum);
    }
    // Replies after 2, 4 and 10 hours: the median is 4, not the mean of the monthly medians.
    expect(total?.["Median hours to official reply"]).toBe("4");
  });

  it("staff see only their departments; another department is refused and logged", async () => {
    const own = await csvOf(staffA, a.slug);
    expect(own.get("2026-03")).toMatchObject({ Department: a.name, "Attendance reported": "35" });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(csvOf(staffA, b.slug)).rejects.toBeInstanceOf(ForbiddenError);
    expect(console.warn).toHaveBeenCalledWith(
      "[authz] refused",
      expect.objectContaining({ userId: staffA.id }),
    );
    vi.restoreAllMocks();
  });

  it("site admins see every department, or any one of them", async () => {
    const all = await csvOf(admin);
    expect(all.get("2026-03")).toMatchObject({
      Department: "All departments",
      "Events held": "3",
      "Attendance reported": "85",
    });
    const onlyB = await csvOf(admin, b.slug);
    expect(onlyB.get("2026-03")).toMatchObject({
      Department: b.name,
      "Events held": "1",
      "Attendance reported": "50",
    });
  });

  it("odd filters give messages for the fields and fall back to the last six months", () => {
    const english = messageTranslator("en");
    const { filters, errors } = parseReportFilters({ from: "2026-13", to: "2026-01" }, NOW);
    expect(english(errors.from!)).toBe("Enter the first month as YYYY-MM, e.g. 2026-09.");
    expect(filters).toEqual({ from: "2026-06", to: "2026-11", department: "" });
    expect(english(parseReportFilters({ from: "2026-05", to: "2026-02" }, NOW).errors.to!)).toBe(
      "The last month cannot be before the first.",
    );
    expect(english(parseReportFilters({ from: "2020-01", to: "2026-02" }, NOW).errors.to!)).toBe(
      "Choose at most 36 months.",
    );
  });
});
