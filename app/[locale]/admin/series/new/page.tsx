import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { createSeriesAction } from "@/lib/series/actions";
import { newSeriesDefaults } from "@/lib/series/form-defaults";
import { seriesFormOptions } from "@/lib/series/queries";
import { SeriesForm } from "@/components/admin/series-form";

export const metadata = { title: "New series" };

export default async function NewSeriesPage() {
  const user = await guardPage("/admin/series/new", requireStaff);
  const { departments, venues, allDepartments } = await seriesFormOptions(user);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">New recurring series</h1>
      <SeriesForm
        action={createSeriesAction}
        defaults={newSeriesDefaults(departments[0]?.value ?? "")}
        departments={departments}
        venues={venues}
        allDepartments={allDepartments}
      />
    </div>
  );
}
