import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import type { Locale } from "@/lib/i18n/routing";
import { listManagedSeries } from "@/lib/series/queries";
import { fromRRule, recurrenceValues } from "@/lib/series/recurrence";
import { formatClockTime } from "@/lib/time/format";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSeries");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function SeriesListPage({ searchParams }: Props) {
  const series = await listManagedSeries(await guardPage("/admin/series", requireStaff));
  const { notice } = await searchParams;
  const t = await getTranslations("AdminSeries");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-5">
      <Notice code={notice} />
      <AdminPageHeader title={t("heading")} create={{ href: "/admin/series/new", label: t("newSeries") }} />
      {series.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {series.map((s) => (
            <li key={s.id} className="py-2">
              <StaffLink href={`/admin/series/${s.id}`} className="font-semibold">
                {s.title}
              </StaffLink>
              <div className="text-sm text-slate-700">
                {t("line", {
                  rule: t("rule", recurrenceValues(fromRRule(s.rrule))),
                  time: formatClockTime(s.startTime, locale),
                  venue: s.venue.name,
                  city: s.venue.city,
                  state: s.venue.state,
                  department: s.department.name,
                  count: s._count.events,
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
