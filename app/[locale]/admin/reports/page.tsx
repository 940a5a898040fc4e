import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { messageTranslator } from "@/lib/actions/translate-answer";
import type { Locale } from "@/lib/i18n/routing";
import { getDepartmentReport, type ReportRow } from "@/lib/reports/queries";
import { parseReportFilters } from "@/lib/reports/schemas";
import { REPORT_COLUMNS } from "@/lib/reports/labels";
import { monthLabel, reportLocaleTag } from "@/lib/reports/months";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EventsChart } from "@/components/reports/events-chart";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminReports");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function cell(row: ReportRow, key: keyof ReportRow, locale: Locale, wholePeriod: string): string {
  if (key === "month") return row.month === "total" ? wholePeriod : monthLabel(row.month, true, locale);
  const value = row[key];
  return value === null ? "–" : value.toLocaleString(reportLocaleTag(locale));
}

function FiguresRow({
  row,
  className,
  locale,
  wholePeriod,
}: {
  row: ReportRow;
  className: string;
  locale: Locale;
  wholePeriod: string;
}) {
  return (
    <tr className={className}>
      {REPORT_COLUMNS.map((column, index) =>
        index === 0 ? (
          <th key={column.key} scope="row" className="whitespace-nowrap p-2">
            {cell(row, column.key, locale, wholePeriod)}
          </th>
        ) : (
          <td key={column.key} className="p-2 tabular-nums">
            {cell(row, column.key, locale, wholePeriod)}
          </td>
        ),
      )}
    </tr>
  );
}

export default async function ReportsPage({ searchParams }: Props) {
  const { filters, typed, errors } = parseReportFilters(await searchParams);
  const report = await guardPage("/admin/reports", (user) => getDepartmentReport(user, filters));
  const t = await getTranslations("AdminReports");
  const locale = (await getLocale()) as Locale;
  const translate = messageTranslator(locale);
  // The scope is named in English for the CSV; the page names "all departments" in its own language.
  const scope =
    report.scope.slug === "all-departments"
      ? t("scope.all")
      : report.scope.slug === "your-departments"
        ? t("scope.yours")
        : report.scope.name;
  const { total } = report;
  const number = (value: number) => value.toLocaleString(reportLocaleTag(locale));
  const query = new URLSearchParams({ from: filters.from, to: filters.to, department: filters.department });
  const wholePeriod = t("wholePeriod");

  return (
    <div className="space-y-8">
      <AdminPageHeader title={t("title")} />
      <ReportFiltersForm
        departments={report.departments}
        typed={typed}
        errors={Object.fromEntries(
          Object.entries(errors).map(([field, message]) => [field, translate(message)]),
        )}
      />

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("summaryHeading", {
            from: monthLabel(filters.from, true, locale),
            to: monthLabel(filters.to, true, locale),
            scope,
          })}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            [t("figures.eventsHeld"), total.eventsHeld],
            [t("figures.eventsCancelled"), total.eventsCancelled],
            [
              t("figures.attendance"),
              t("figures.attendanceValue", { attendance: number(total.attendance), recaps: total.recaps }),
            ],
            [t("figures.questionsReceived"), total.questionsReceived],
            [t("figures.questionsAnswered"), total.questionsAnswered],
            [
              t("figures.medianReply"),
              total.medianReplyHours === null ? "–" : t("figures.hours", { hours: total.medianReplyHours }),
            ],
            [t("figures.followUpsOpened"), total.followUpsOpened],
            [t("figures.followUpsDone"), total.followUpsDone],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={`/admin/reports/report.csv?${query.toString()}`} download className="font-semibold">
            {t("download")}
          </a>
        </p>
      </section>

      <EventsChart rows={report.months} total={total} scope={scope} />

      <section aria-labelledby="table-heading" className="space-y-2">
        <h2 id="table-heading" className="text-2xl font-bold">
          {t("byMonth")}
        </h2>
        <p className="text-sm text-slate-700">{t("byMonthNote")}</p>
        <div role="region" aria-labelledby="table-heading" tabIndex={0} className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                {REPORT_COLUMNS.map((column) => (
                  <th key={column.key} scope="col" className="border-b-2 border-slate-400 p-2 align-bottom">
                    {t(`column.${column.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.months.map((row) => (
                <FiguresRow
                  key={row.month}
                  row={row}
                  className="border-b border-slate-200"
                  locale={locale}
                  wholePeriod={wholePeriod}
                />
              ))}
            </tbody>
            <tfoot>
              <FiguresRow
                row={total}
                className="border-t-2 border-slate-400 font-bold"
                locale={locale}
                wholePeriod={wholePeriod}
              />
            </tfoot>
          </table>
        </div>
      </section>
      <p>
        <StaffLink href="/admin">{t("dashboard")}</StaffLink>
      </p>
    </div>
  );
}
