// The department report: by month and over the chosen period, events held and
// cancelled, attendance reported in recaps, questions received and answered with the
// median time to an official reply, and follow-ups opened and done.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/guards";
import { monthsBetween } from "./months";
import type { ReportFilters } from "./schemas";
import { reportScope, type ReportDepartment } from "./scope";
import { eventFigures, followUpFigures, hostedByAny, questionFigures } from "./select";

export type { ReportDepartment } from "./scope";

export type ReportRow = {
  /** "YYYY-MM", or "total" for the whole period. */
  month: string;
  eventsHeld: number;
  eventsCancelled: number;
  /** Held events with a recap, and the attendance those recaps report. */
  recaps: number;
  attendance: number;
  questionsReceived: number;
  questionsAnswered: number;
  /** Median hours from a question to its first official reply; null when none was answered. */
  medianReplyHours: number | null;
  followUpsOpened: number;
  followUpsDone: number;
};

export type DepartmentReport = {
  filters: ReportFilters;
  departments: ReportDepartment[];
  chosen: ReportDepartment | null;
  /** Whose figures these are, in words and for file names. */
  scope: { name: string; slug: string };
  months: ReportRow[];
  total: ReportRow;
};

const TOTAL = "total";

const emptyRow = (month: string): ReportRow => ({
  month,
  eventsHeld: 0,
  eventsCancelled: 0,
  recaps: 0,
  attendance: 0,
  questionsReceived: 0,
  questionsAnswered: 0,
  medianReplyHours: null,
  followUpsOpened: 0,
  followUpsDone: 0,
});

type Figures = Partial<Omit<ReportRow, "month" | "medianReplyHours">> & {
  month: string | null;
  medianReplySeconds?: number | null;
};

function scopeOf({ chosen, departments, departmentIds }: Awaited<ReturnType<typeof reportScope>>) {
  const one = chosen ?? (departments.length === 1 ? departments[0] : undefined);
  if (one) return { name: one.name, slug: one.slug };
  return departmentIds === null
    ? { name: "All departments", slug: "all-departments" }
    : { name: "All your departments", slug: "your-departments" };
}

/** Refuses (403) a department the person may not see. */
export async function getDepartmentReport(
  user: CurrentUser | null,
  filters: ReportFilters,
  now: Date = new Date(),
): Promise<DepartmentReport> {
  const scope = await reportScope(user, filters.department);
  const where = hostedByAny(scope.departmentIds);
  const [events, questions, followUps] = await Promise.all([
    prisma.$queryRaw<Figures[]>(eventFigures(where, filters, now)),
    prisma.$queryRaw<Figures[]>(questionFigures(where, filters)),
    prisma.$queryRaw<Figures[]>(followUpFigures(where, filters)),
  ]);
  const rows = new Map<string, ReportRow>(
    [...monthsBetween(filters.from, filters.to), TOTAL].map((month) => [month, emptyRow(month)]),
  );
  for (const { month, medianReplySeconds, ...figures } of [...events, ...questions, ...followUps]) {
    const row = rows.get(month ?? TOTAL);
    if (!row) continue;
    Object.assign(row, figures);
    if (medianReplySeconds !== undefined && medianReplySeconds !== null) {
      row.medianReplyHours = Math.round((Number(medianReplySeconds) / 3600) * 10) / 10;
    }
  }
  const { [TOTAL]: total, ...byMonth } = Object.fromEntries(rows);
  return {
    filters,
    departments: scope.departments,
    chosen: scope.chosen,
    scope: scopeOf(scope),
    months: Object.values(byMonth),
    total: total ?? emptyRow(TOTAL),
  };
}
