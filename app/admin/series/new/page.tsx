import Link from "next/link";
import { userForPage } from "@/lib/auth/page-guards";
import { createSeriesAction } from "@/lib/series/actions";
import { newSeriesDefaults, seriesFormOptions } from "@/lib/series/form-options";
import { SeriesForm } from "@/components/admin/series-form";

export const metadata = { title: "New series" };

export default async function NewSeriesPage() {
  const user = await userForPage("/admin/series/new");
  const { departments, venues, allDepartments } = await seriesFormOptions(user);
  if (departments.length === 0) {
    return (
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">New series</h1>
        <p>
          You are not staff of any department yet, so you cannot post events. Ask a site admin to add you.
        </p>
        <Link href="/admin">Back to the dashboard</Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">New recurring series</h1>
      <SeriesForm
        action={createSeriesAction}
        defaults={newSeriesDefaults(departments[0]!.value)}
        departments={departments}
        venues={venues}
        allDepartments={allDepartments}
      />
    </div>
  );
}
