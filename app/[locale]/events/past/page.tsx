import type { Metadata } from "next";
import Link from "next/link";
import { hasErrors, parseSearch, searchQuery } from "@/lib/events/search-params";
import { searchEvents } from "@/lib/events/search";
import { listDepartmentChoices } from "@/lib/events/search-options";
import { EventsByDay } from "@/components/events/events-by-day";
import { Pagination } from "@/components/search/pagination";
import { PastFilters } from "@/components/search/past-filters";

// Renders per request (its search parameters); the searches themselves are cached.
export const instant = false;

export const metadata: Metadata = {
  title: "Past events",
  description: "Coffee with a Cop events that have taken place, latest first, by department.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The archive: ended events, latest first, for every department or one (?department=slug). */
export default async function PastEventsPage({ searchParams }: Props) {
  const request = parseSearch(await searchParams);
  const invalid = hasErrors(request);
  const [departments, results] = await Promise.all([
    listDepartmentChoices(),
    invalid ? null : searchEvents(request.filters, { page: request.page, past: true }),
  ]);
  const { page: _page, ...values } = request.values;
  const departmentName = departments.find((d) => d.value === request.filters.department)?.label;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Past events{departmentName ? `: ${departmentName}` : ""}</h1>
      <PastFilters request={request} departments={departments} />
      {invalid && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {Object.values(request.errors).join(" ")}
        </p>
      )}
      {results && (
        <section aria-labelledby="past-results" className="space-y-4">
          <h2 id="past-results" className="text-2xl font-bold">
            {results.total === null
              ? "All past events"
              : `${results.total} past ${results.total === 1 ? "event" : "events"}`}
            , latest first
          </h2>
          <EventsByDay events={results.events} headingLevel={3} emptyMessage="No past events match." />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hasNext={results.hasNext}
            href={(page) => `/events/past${searchQuery(values, { page: String(page) })}`}
          />
        </section>
      )}
      <p>
        <Link href="/events">Find upcoming events</Link>
      </p>
    </div>
  );
}
