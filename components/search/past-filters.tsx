import { getLocale, getTranslations } from "next-intl/server";
import type { SearchRequest } from "@/lib/events/search-params";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { Choice } from "@/lib/events/search-options";
import { controlClass, describedBy, Field } from "./field";

/** The archive's filters: department and words, as a plain GET form. */
export async function PastFilters({
  request,
  departments,
}: {
  request: SearchRequest;
  departments: Choice[];
}) {
  const { values, errors } = request;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  return (
    <form
      action={localizedPath(locale, "/events/past")}
      method="get"
      aria-label={t("filterPast")}
      className="grid grid-cols-1 gap-4 rounded-xl bg-brand-50 p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <Field id="search-department" label={t("department")} error={errors.department}>
        <select
          id="search-department"
          name="department"
          defaultValue={values.department ?? ""}
          className={controlClass}
          {...describedBy("search-department", errors.department)}
        >
          <option value="">{t("allDepartments")}</option>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="search-q" label={t("searchWords")} error={errors.q}>
        <input
          id="search-q"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={values.q ?? ""}
          className={controlClass}
          {...describedBy("search-q", errors.q)}
        />
      </Field>
      <button
        type="submit"
        className="min-h-11 rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t("show")}
      </button>
    </form>
  );
}
