import type { SearchRequest } from "@/lib/events/search-params";
import type { Choice } from "@/lib/events/search-options";
import { controlClass, describedBy, Field } from "./field";

/** The archive's filters: department and words, as a plain GET form. */
export function PastFilters({ request, departments }: { request: SearchRequest; departments: Choice[] }) {
  const { values, errors } = request;
  return (
    <form
      action="/events/past"
      method="get"
      aria-label="Filter past events"
      className="grid grid-cols-1 gap-4 rounded-xl bg-brand-50 p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <Field id="search-department" label="Department" error={errors.department}>
        <select
          id="search-department"
          name="department"
          defaultValue={values.department ?? ""}
          className={controlClass}
          {...describedBy("search-department", errors.department)}
        >
          <option value="">All departments</option>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="search-q" label="Search words" error={errors.q}>
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
        Show
      </button>
    </form>
  );
}
