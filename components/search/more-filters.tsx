import { FORMAT_LABELS } from "@/lib/events/labels";
import type { SearchRequest } from "@/lib/events/search-params";
import type { Choice } from "@/lib/events/search-options";
import { isCalendarDate } from "@/lib/time/date-key";
import { controlClass, describedBy, Field } from "./field";

type Props = { request: SearchRequest; departments: Choice[]; languages: Choice[] };

/**
 * A date control empties itself when given a day that is not on the calendar
 * ("2026-02-31"): show such a value in a text box instead, so what was typed stays.
 */
const dateInputType = (value: string | undefined) => (!value || isCalendarDate(value) ? "date" : "text");

const FORMAT_CHOICES = Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }));

/** Dates, department, kind and language: folded away (no JavaScript needed) unless in use. */
export function MoreFilters({ request, departments, languages }: Props) {
  const { values, errors } = request;
  const inUse = ["from", "to", "department", "format", "language"].some(
    (name) => values[name as keyof typeof values] || errors[name as keyof typeof errors],
  );
  const select = (
    name: "department" | "format" | "language",
    label: string,
    choices: Choice[],
    anyLabel: string,
  ) => (
    <Field id={`search-${name}`} label={label} error={errors[name]}>
      <select
        id={`search-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
        className={controlClass}
        {...describedBy(`search-${name}`, errors[name])}
      >
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <details open={inUse} className="rounded border border-brand-100 bg-white p-3">
      <summary className="cursor-pointer font-semibold">
        More filters: dates, department, kind, language
      </summary>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field
          id="search-from"
          label="From date (custom)"
          error={errors.from}
          hint="Pick a date, or type it as YYYY-MM-DD"
        >
          <input
            id="search-from"
            name="from"
            type={dateInputType(values.from)}
            defaultValue={values.from ?? ""}
            className={controlClass}
            {...describedBy("search-from", errors.from, "hint")}
          />
        </Field>
        <Field
          id="search-to"
          label="To date (custom)"
          error={errors.to}
          hint="Pick a date, or type it as YYYY-MM-DD"
        >
          <input
            id="search-to"
            name="to"
            type={dateInputType(values.to)}
            defaultValue={values.to ?? ""}
            className={controlClass}
            {...describedBy("search-to", errors.to, "hint")}
          />
        </Field>
        {select("department", "Department", departments, "All departments")}
        {select("format", "Kind of event", FORMAT_CHOICES, "All kinds")}
        {select("language", "Officers speak", languages, "Any language")}
      </div>
    </details>
  );
}
