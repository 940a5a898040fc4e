import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listManagedSeries } from "@/lib/series/queries";
import { describeRecurrence, fromRRule } from "@/lib/series/recurrence";
import { formatClockTime } from "@/lib/time/format";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Series" };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function SeriesListPage({ searchParams }: Props) {
  const series = await listManagedSeries(await guardPage("/admin/series", requireStaff));
  const { notice } = await searchParams;
  return (
    <div className="space-y-5">
      <Notice code={notice} />
      <AdminPageHeader title="Recurring series" create={{ href: "/admin/series/new", label: "New series" }} />
      {series.length === 0 ? (
        <p>
          No series yet. A series creates its dates for the next 12 months, e.g. the first Wednesday of every
          month.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {series.map((s) => (
            <li key={s.id} className="py-2">
              <StaffLink href={`/admin/series/${s.id}`} className="font-semibold">
                {s.title}
              </StaffLink>
              <div className="text-sm text-slate-700">
                {describeRecurrence(fromRRule(s.rrule))} at {formatClockTime(s.startTime)} · {s.venue.name},{" "}
                {s.venue.city}, {s.venue.state} · {s.department.name} · {s._count.events} dates
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
