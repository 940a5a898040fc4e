import { QUEUE_VIEWS } from "@/lib/comments/labels";
import type { QueueFilters } from "@/lib/comments/schemas";
import { formatShortDate } from "@/lib/time/format";

type Options = {
  departments: { id: string; name: string }[];
  events: { id: string; title: string; startsAt: Date; timeZone: string }[];
};

const selectClass = "block w-full max-w-xs rounded border-2 border-slate-500 bg-white px-2 py-1.5";

/** Filters as a GET form: shareable URLs, and no JavaScript needed. */
export function QueueFiltersForm({ filters, options }: { filters: QueueFilters; options: Options }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 p-3">
      <div className="w-full sm:w-auto">
        <label htmlFor="filter-view" className="block text-sm font-semibold">
          Show
        </label>
        <select id="filter-view" name="view" defaultValue={filters.view} className={selectClass}>
          {Object.entries(QUEUE_VIEWS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {options.departments.length > 1 && (
        <div className="w-full sm:w-auto">
          <label htmlFor="filter-department" className="block text-sm font-semibold">
            Department
          </label>
          <select
            id="filter-department"
            name="department"
            defaultValue={filters.department ?? ""}
            className={selectClass}
          >
            <option value="">All my departments</option>
            {options.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="w-full sm:w-auto">
        <label htmlFor="filter-event" className="block text-sm font-semibold">
          Event
        </label>
        <select id="filter-event" name="event" defaultValue={filters.event ?? ""} className={selectClass}>
          <option value="">All events</option>
          {options.events.map((event) => (
            <option key={event.id} value={event.id}>
              {formatShortDate(event.startsAt, event.timeZone)}: {event.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 font-semibold text-white">
        Filter
      </button>
    </form>
  );
}
