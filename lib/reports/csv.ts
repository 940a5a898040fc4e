// The report as CSV (RFC 4180, through csv-stringify): one row a month, then the period's total.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { REPORT_COLUMNS } from "./labels";
import type { DepartmentReport } from "./queries";

export function reportCsv(report: DepartmentReport): string {
  return stringify(
    [...report.months, report.total].map((row) => ({
      ...row,
      month: row.month === "total" ? "Total" : row.month,
      department: report.scope.name,
    })),
    {
      header: true,
      columns: [
        { key: "department", header: "Department" },
        ...REPORT_COLUMNS.map(({ key, csv }) => ({ key, header: csv })),
      ],
      cast: { number: (value) => String(value) },
    },
  );
}

export function reportFileName(report: DepartmentReport): string {
  return `report-${report.scope.slug}-${report.filters.from}-to-${report.filters.to}.csv`;
}
