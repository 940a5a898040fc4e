import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getSeriesForEditing, seriesFormOptions } from "@/lib/series/queries";
import { fromRRule, recurrenceValues } from "@/lib/series/recurrence";
import { storedSeriesDefaults } from "@/lib/series/form-defaults";
import { updateSeriesAction } from "@/lib/series/actions";
import { SeriesForm } from "@/components/admin/series-form";
import { seriesFormLabels } from "@/components/admin/series-form-labels";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSeries");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function SeriesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const { user, data } = await guardPage(`/admin/series/${id}`, async (user) => ({
    user,
    data: await getSeriesForEditing(user, id),
  }));
  const { departments, venues, allDepartments } = await seriesFormOptions(
    user,
    (await getLocale()) as Locale,
  );
  const now = new Date();
  const upcoming = data.occurrences.filter((e) => e.endsAt >= now);
  const t = await getTranslations("AdminSeries");
  return (
    <div className="space-y-6">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/series">{t("page.allSeries")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{data.series.title}</h1>
      <p>
        {t("page.summary", {
          rule: t("rule", recurrenceValues(fromRRule(data.series.rrule))),
          department: data.series.department.name,
          count: upcoming.length,
        })}
      </p>
      <section aria-labelledby="dates-heading" className="space-y-2">
        <h2 id="dates-heading" className="text-xl font-bold">
          {t("page.datesHeading")}
        </h2>
        <p className="text-slate-700">{t("page.datesIntro")}</p>
        <AdminEventTable events={upcoming} caption={t("page.datesCaption")} empty={t("page.noDates")} />
      </section>
      <section aria-labelledby="edit-series-heading" className="space-y-3">
        <h2 id="edit-series-heading" className="text-2xl font-bold">
          {t("page.editHeading")}
        </h2>
        <p className="text-slate-700">{t("page.editIntro")}</p>
        <SeriesForm
          labels={await seriesFormLabels()}
          action={updateSeriesAction}
          defaults={storedSeriesDefaults(data, now)}
          departments={departments}
          venues={venues}
          allDepartments={allDepartments}
        />
      </section>
    </div>
  );
}
