import type { Metadata } from "next";
import Link from "next/link";
import { listDepartmentsByState } from "@/lib/departments/queries";
import { DEPARTMENT_KIND_LABELS } from "@/lib/departments/labels";

export const metadata: Metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  const states = await listDepartmentsByState();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Departments</h1>
      <p className="mb-6 text-slate-700">
        Police departments, sheriff&apos;s offices and patrols that host Coffee with a Cop, by state.
      </p>
      {states.length === 0 && <p className="rounded bg-slate-50 p-4">No departments have joined yet.</p>}
      {states.length > 1 && (
        <nav aria-label="States" className="mb-6">
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
                    {DEPARTMENT_KIND_LABELS[department.kind]} · {department.city}, {department.state}
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
