import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listDepartmentsByState } from "@/lib/departments/queries";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Departments");
  return { title: t("title"), description: t("intro"), alternates: await pageAlternates("/departments") };
}

export default async function DepartmentsPage() {
  const [t, stateNames, locale, byState] = await Promise.all([
    getTranslations("Departments"),
    getTranslations("States"),
    getLocale(),
    listDepartmentsByState(),
  ]);
  // The states in alphabetical order of their names in the page's language ("Nueva York").
  const states = byState
    .map((group) => ({ ...group, stateName: (stateNames as (key: string) => string)(group.state) }))
    .sort((a, b) => a.stateName.localeCompare(b.stateName, locale));
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>
      {states.length === 0 && <p className="rounded bg-slate-50 p-4">{t("none")}</p>}
      {states.length > 1 && (
        <nav aria-label={t("states")} className="mb-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {states.map((group) => (
              <li key={group.state}>
                <a href={`#state-${group.state}`}>{group.stateName}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="space-y-8">
        {states.map((group) => (
          <section key={group.state} aria-labelledby={`state-${group.state}`}>
            <h2
              id={`state-${group.state}`}
              className="mb-3 border-b border-slate-200 pb-1 text-2xl font-bold"
            >
              {group.stateName}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              {group.departments.map((department) => (
                <li key={department.slug} className="rounded-lg border border-slate-200 p-3">
                  <Link href={`/departments/${department.slug}`} className="font-semibold">
                    {department.name}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {t(`kind.${department.kind}`)} · {department.city}, {department.state}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
