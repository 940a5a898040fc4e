import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { createSeriesAction } from "@/lib/series/actions";
import { newSeriesDefaults } from "@/lib/series/form-defaults";
import { seriesFormOptions } from "@/lib/series/queries";
import { SeriesForm } from "@/components/admin/series-form";
import { seriesFormLabels } from "@/components/admin/series-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSeries");
  return { title: t("newSeries") };
}

export default async function NewSeriesPage() {
  const user = await guardPage("/admin/series/new", requireStaff);
  const { departments, venues, allDepartments } = await seriesFormOptions(
    user,
    (await getLocale()) as Locale,
  );
  const t = await getTranslations("AdminSeries");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("new.heading")}</h1>
      <SeriesForm
        labels={await seriesFormLabels()}
        action={createSeriesAction}
        defaults={newSeriesDefaults(departments[0]?.value ?? "")}
        departments={departments}
        venues={venues}
        allDepartments={allDepartments}
      />
    </div>
  );
}
