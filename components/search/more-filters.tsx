import { getTranslations } from "next-intl/server";
import { EVENT_FORMATS } from "@/lib/events/labels";
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

/** Dates, department, kind and language: folded away (no JavaScript needed) unless in use. */
export async function MoreFilters({ request, departments, languages }: Props) {
  const { values, errors } = request;
  const t = await getTranslations("Search");
  const formats = await getTranslations("EventCard.format");
  const formatChoices = EVENT_FORMATS.map((value) => ({ value, label: formats(value) }));
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
      <summary className="cursor-pointer font-semibold">{t("moreFilters")}</summary>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="search-from" label={t("fromDate")} error={errors.from} hint={t("dateHint")}>
          <input
            id="search-from"
            name="from"
            type={dateInputType(values.from)}
            defaultValue={values.from ?? ""}
            className={controlClass}
            {...describedBy("search-from", errors.from, "hint")}
          />
        </Field>
        <Field id="search-to" label={t("toDate")} error={errors.to} hint={t("dateHint")}>
          <input
            id="search-to"
            name="to"
            type={dateInputType(values.to)}
            defaultValue={values.to ?? ""}
            className={controlClass}
            {...describedBy("search-to", errors.to, "hint")}
          />
        </Field>
        {select("department", t("department"), departments, t("allDepartments"))}
        {select("format", t("kind"), formatChoices, t("allKinds"))}
        {select("language", t("language"), languages, t("anyLanguage"))}
      </div>
    </details>
  );
}
