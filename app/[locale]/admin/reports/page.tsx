import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getDepartmentReport, type ReportRow } from "@/lib/reports/queries";
import { parseReportFilters } from "@/lib/reports/schemas";
import { REPORT_COLUMNS } from "@/lib/reports/labels";
import { monthLabel } from "@/lib/reports/months";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EventsChart } from "@/components/reports/events-chart";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";

export const metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function cell(row: ReportRow, key: keyof ReportRow): string {
  if (key === "month") return row.month === "total" ? "Whole period" : monthLabel(row.month, true);
  const value = row[key];
  return value === null ? "–" : value.toLocaleString("en-US");
}

function FiguresRow({ row, className }: { row: ReportRow; className: string }) {
  return (
    <tr className={className}>
      {REPORT_COLUMNS.map((column, index) =>
        index === 0 ? (
          <th key={column.key} scope="row" className="whitespace-nowrap p-2">
            {cell(row, column.key)}
          </th>
        ) : (
          <td key={column.key} className="p-2 tabular-nums">
            {cell(row, column.key)}
          </td>
        ),
      )}
    </tr>
  );
}

export default async function ReportsPage({ searchParams }: Props) {
  const { filters, typed, errors } = parseReportFilters(await searchParams);
  const report = await guardPage("/admin/reports", (user) => getDepartmentReport(user, filters));
  const scope = report.scope.name;
  const { total } = report;
  const query = new URLSearchParams({ from: filters.from, to: filters.to, department: filters.department });

  return (
    <div className="space-y-8">
      <AdminPageHeader title="Department report" />
      <ReportFiltersForm departments={report.departments} typed={typed} errors={errors} />

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {monthLabel(filters.from, true)} to {monthLabel(filters.to, true)}: {scope}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Events held", total.eventsHeld],
            ["Events cancelled", total.eventsCancelled],
            [
              "Attendance reported",
              `${total.attendance.toLocaleString("en-US")} (${total.recaps} ${total.recaps === 1 ? "recap" : "recaps"})`,
            ],
            ["Questions received", total.questionsReceived],
            ["Questions answered", total.questionsAnswered],
            [
              "Median time to an official reply",
              total.medianReplyHours === null ? "–" : `${total.medianReplyHours} hours`,
            ],
            ["Follow-ups opened", total.followUpsOpened],
            ["Follow-ups done", total.followUpsDone],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={`/admin/reports/report.csv?${query.toString()}`} download className="font-semibold">
            Download these figures (CSV)
          </a>
        </p>
      </section>

      <EventsChart rows={report.months} total={total} scope={scope} />

      <section aria-labelledby="table-heading" className="space-y-2">
        <h2 id="table-heading" className="text-2xl font-bold">
          By month
        </h2>
        <p className="text-sm text-slate-700">
          Months are each event&apos;s local months. Questions are residents&apos; questions (not spam or
          rejected); answered means an official reply was published.
        </p>
        <div role="region" aria-labelledby="table-heading" tabIndex={0} className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">Figures by month, then for the whole period</caption>
            <thead>
              <tr>
                {REPORT_COLUMNS.map((column) => (
                  <th key={column.key} scope="col" className="border-b-2 border-slate-400 p-2 align-bottom">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.months.map((row) => (
                <FiguresRow key={row.month} row={row} className="border-b border-slate-200" />
              ))}
            </tbody>
            <tfoot>
              <FiguresRow row={total} className="border-t-2 border-slate-400 font-bold" />
            </tfoot>
          </table>
        </div>
      </section>
      <p>
        <StaffLink href="/admin">← Dashboard</StaffLink>
      </p>
    </div>
  );
}
