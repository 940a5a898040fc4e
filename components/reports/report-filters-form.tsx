// The report's period and department: a GET form, so the report is a plain URL that
// works without JavaScript and can be bookmarked.
import type { ReportDepartment } from "@/lib/reports/queries";
import { SelectField, TextField } from "@/components/forms/field";

export function ReportFiltersForm({
  departments,
  typed,
  errors,
}: {
  departments: ReportDepartment[];
  typed: Record<string, string>;
  errors: Record<string, string>;
}) {
  const invalid = Object.keys(errors).length > 0;
  return (
    <form method="get" action="/admin/reports" className="space-y-4 rounded-lg bg-slate-50 p-4" noValidate>
      {invalid && (
        <p
          role="alert"
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          Please correct the fields marked below. Meanwhile the last six months are shown.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {(
          [
            ["from", "First month"],
            ["to", "Last month"],
          ] as const
        ).map(([name, label]) => (
          <TextField
            key={name}
            name={name}
            type="month"
            label={label}
            hint="YYYY-MM"
            defaultValue={typed[name] ?? ""}
            error={errors[name]}
          />
        ))}
        {departments.length > 1 && (
          <SelectField
            name="department"
            label="Department"
            defaultValue={typed.department ?? ""}
            error={errors.department}
            options={[
              { value: "", label: "All of them" },
              ...departments.map((d) => ({ value: d.slug, label: d.name })),
            ]}
          />
        )}
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        Show the report
      </button>
    </form>
  );
}
