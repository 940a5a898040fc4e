// The report's period and department: a GET form, so the report is a plain URL that
// works without JavaScript and can be bookmarked.
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { ReportDepartment } from "@/lib/reports/queries";
import { SelectField, TextField } from "@/components/forms/field";

export async function ReportFiltersForm({
  departments,
  typed,
  errors,
}: {
  departments: ReportDepartment[];
  typed: Record<string, string>;
  /** Each field's message, already in the page's language. */
  errors: Record<string, string>;
}) {
  const t = await getTranslations("AdminReports.filters");
  const locale = (await getLocale()) as Locale;
  const invalid = Object.keys(errors).length > 0;
  return (
    <form
      method="get"
      action={localizedPath(locale, "/admin/reports")}
      className="space-y-4 rounded-lg bg-slate-50 p-4"
      noValidate
    >
      {invalid && (
        <p
          role="alert"
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          {t("invalid")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {(
          [
            ["from", t("from")],
            ["to", t("to")],
          ] as const
        ).map(([name, label]) => (
          <TextField
            key={name}
            name={name}
            type="month"
            label={label}
            hint={t("monthHint")}
            defaultValue={typed[name] ?? ""}
            error={errors[name]}
          />
        ))}
        {departments.length > 1 && (
          <SelectField
            name="department"
            label={t("department")}
            defaultValue={typed.department ?? ""}
            error={errors.department}
            options={[
              { value: "", label: t("all") },
              ...departments.map((d) => ({ value: d.slug, label: d.name })),
            ]}
          />
        )}
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t("submit")}
      </button>
    </form>
  );
}
