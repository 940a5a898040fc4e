import { getLocale, getTranslations } from "next-intl/server";
import { QUEUE_VIEWS } from "@/lib/comments/labels";
import type { QueueFilters } from "@/lib/comments/schemas";
import type { Locale } from "@/lib/i18n/routing";
import { formatShortDate } from "@/lib/time/format";

type Options = {
  departments: { id: string; name: string }[];
  events: { id: string; title: string; startsAt: Date; timeZone: string }[];
};

// Full width on a phone; on wider screens as wide as the longest choice (never cut off),
// up to the form's width.
const selectClass =
  "block w-full max-w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5 sm:w-auto";

type FilterSelectProps = {
  name: string;
  label: string;
  value: string;
  /** The first choice, meaning no filter (value ""). */
  all?: string;
  choices: { value: string; label: string }[];
};

function FilterSelect({ name, label, value, all, choices }: FilterSelectProps) {
  return (
    <div className="w-full min-w-0 sm:w-auto">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={selectClass}>
        {all !== undefined && <option value="">{all}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters as a GET form: shareable URLs, and no JavaScript needed. */
export async function QueueFiltersForm({ filters, options }: { filters: QueueFilters; options: Options }) {
  const t = await getTranslations("AdminModeration");
  const locale = (await getLocale()) as Locale;
  const viewChoices = QUEUE_VIEWS.map((value) => ({ value, label: t(`view.${value}`) }));
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 p-3">
      <FilterSelect name="view" label={t("filters.show")} value={filters.view} choices={viewChoices} />
      {options.departments.length > 1 && (
        <FilterSelect
          name="department"
          label={t("filters.department")}
          value={filters.department ?? ""}
          all={t("filters.allDepartments")}
          choices={options.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <FilterSelect
        name="event"
        label={t("filters.event")}
        value={filters.event ?? ""}
        all={t("filters.allEvents")}
        choices={options.events.map((e) => ({
          value: e.id,
          label: `${formatShortDate(e.startsAt, e.timeZone, locale)}: ${e.title}`,
        }))}
      />
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 font-semibold text-white">
        {t("filters.submit")}
      </button>
    </form>
  );
}
