import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getSeriesForEditing, seriesFormOptions } from "@/lib/series/queries";
import { describeRecurrence, fromRRule } from "@/lib/series/recurrence";
import { storedSeriesDefaults } from "@/lib/series/form-defaults";
import { updateSeriesAction } from "@/lib/series/actions";
import { SeriesForm } from "@/components/admin/series-form";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";

export const metadata = { title: "Series" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function SeriesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const { user, data } = await guardPage(`/admin/series/${id}`, async (user) => ({
    user,
    data: await getSeriesForEditing(user, id),
  }));
  const { departments, venues, allDepartments } = await seriesFormOptions(user);
  const now = new Date();
  const upcoming = data.occurrences.filter((e) => e.endsAt >= now);
  return (
    <div className="space-y-6">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/series">← All series</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{data.series.title}</h1>
      <p>
        {describeRecurrence(fromRRule(data.series.rrule))}, {data.series.department.name}. {upcoming.length}{" "}
        upcoming dates.
      </p>
      <section aria-labelledby="dates-heading" className="space-y-2">
        <h2 id="dates-heading" className="text-xl font-bold">
          Dates
        </h2>
        <p className="text-slate-700">
          Open a date to change or cancel just that one. Changed dates keep their changes when the series is
          edited.
        </p>
        <AdminEventTable
          events={upcoming}
          caption="Upcoming dates of this series"
          empty="No upcoming dates."
        />
      </section>
      <section aria-labelledby="edit-series-heading" className="space-y-3">
        <h2 id="edit-series-heading" className="text-2xl font-bold">
          Edit the series
        </h2>
        <p className="text-slate-700">
          Saving updates every future date that was not changed by hand, adds new dates and removes dates the
          rule no longer gives.
        </p>
        <SeriesForm
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
