import type { Metadata } from "next";
import Link from "next/link";
import { hasErrors, parseSearch, searchQuery } from "@/lib/events/search-params";
import { searchEvents, type SearchPage } from "@/lib/events/search";
import { listDepartmentChoices, listLanguageChoices } from "@/lib/events/search-options";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { EmptyResults } from "@/components/search/empty-results";
import { Pagination } from "@/components/search/pagination";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { MapToggle } from "@/components/map/map-toggle";
import { RememberedLocation } from "@/components/search/remembered-location";

// Renders per request (its search parameters); the searches themselves are cached.
export const instant = false;

export const metadata: Metadata = {
  title: "Find events near you",
  description:
    "Search Coffee with a Cop events by ZIP code, distance, date, department, kind of event and language.",
  alternates: { types: { "application/rss+xml": "/feed.xml", "text/calendar": "/events.ics" } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const params = await searchParams;
  const request = parseSearch(params);
  const invalid = hasErrors(request);
  const languages = listLanguageChoices();
  const [departments, results] = await Promise.all([
    listDepartmentChoices(),
    invalid ? null : searchEvents(request.filters, { page: request.page }),
  ]);
  const { page: _page, ...values } = request.values;
  const near = request.filters.near;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Find events near you</h1>
      {results && Object.keys(values).length > 0 && (
        <p>
          <a href="#results-heading">Skip to the results{results.total !== null && ` (${results.total})`}</a>
        </p>
      )}
      {invalid && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-bold">Please check the search</h2>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(request.errors).map(([field, message]) => (
              <li key={field}>
                {field === "page" ? (
                  message
                ) : (
                  <a href={`#search-${field === "lat" ? "zip" : field}`}>{message}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SearchForm request={request} departments={departments} languages={languages} />
      {!request.values.zip && !request.values.lat && (
        <RememberedLocation zipId="search-zip" radiusId="search-radius" />
      )}
      {results && (
        <Results
          results={results}
          heading={resultsHeading(results, near)}
          request={request}
          values={values}
        />
      )}
      <p>
        <Link href="/events/past">Past events archive</Link>
      </p>
    </div>
  );
}

function resultsHeading(results: SearchPage, near: { radiusMiles: number; label: string } | undefined) {
  // A search without filters is not counted: it would read every upcoming event.
  if (results.total === null) return "All events coming up";
  const count = `${results.total} ${results.total === 1 ? "event" : "events"}`;
  return near ? `${count} within ${near.radiusMiles} miles of ${near.label}` : `${count} coming up`;
}

function Results({
  results,
  heading,
  request,
  values,
}: {
  results: SearchPage;
  heading: string;
  request: ReturnType<typeof parseSearch>;
  values: Record<string, string | undefined>;
}) {
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-2xl font-bold" aria-live="polite">
        {heading}
      </h2>
      <MapToggle events={results.events} />
      <SearchResults
        events={results.events}
        byDistance={Boolean(request.filters.near)}
        empty={<EmptyResults request={request} basePath="/events" pastTheEnd={results.pastTheEnd} />}
      />
      <Pagination
        page={results.page}
        pageCount={results.pageCount}
        hasNext={results.hasNext}
        href={(page) => `/events${searchQuery(values, { page: String(page) })}`}
      />
      <SubscribeLinks query={searchQuery(values)} label="Follow this search" />
    </section>
  );
}
