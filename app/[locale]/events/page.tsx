import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { hasErrors, parseSearch, searchQuery } from "@/lib/events/search-params";
import { searchEvents, type SearchPage } from "@/lib/events/search";
import { listDepartmentChoices, listLanguageChoices } from "@/lib/events/search-options";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { EmptyResults } from "@/components/search/empty-results";
import { Pagination } from "@/components/search/pagination";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { MapToggle } from "@/components/map/map-toggle";
import { RememberedLocation } from "@/components/search/remembered-location";

// Renders per request (its search parameters); the searches themselves are cached.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Search");
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      ...(await pageAlternates("/events")),
      types: { "application/rss+xml": "/feed.xml", "text/calendar": "/events.ics" },
    },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  const params = await searchParams;
  const request = parseSearch(params, locale);
  const invalid = hasErrors(request);
  const languages = listLanguageChoices(locale);
  const [departments, results] = await Promise.all([
    listDepartmentChoices(),
    invalid ? null : searchEvents(request.filters, { page: request.page }),
  ]);
  const { page: _page, ...values } = request.values;
  const near = request.filters.near;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {results && Object.keys(values).length > 0 && (
        <p>
          <a href="#results-heading">
            {results.total === null ? t("skipToResults") : t("skipToResultsCount", { count: results.total })}
          </a>
        </p>
      )}
      {invalid && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-bold">{t("checkSearch")}</h2>
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
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-2xl font-bold" aria-live="polite">
            {resultsHeading(t, results, near)}
          </h2>
          <MapToggle events={results.events} />
          <SearchResults
            events={results.events}
            byDistance={Boolean(near)}
            empty={<EmptyResults request={request} basePath="/events" pastTheEnd={results.pastTheEnd} />}
          />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hasNext={results.hasNext}
            href={(page) => localizedPath(locale, `/events${searchQuery(values, { page: String(page) })}`)}
          />
          <SubscribeLinks query={searchQuery(values)} label={t("followSearch")} locale={locale} />
        </section>
      )}
      <p>
        <Link href="/events/past">{t("pastArchive")}</Link>
      </p>
    </div>
  );
}

function resultsHeading(
  t: Awaited<ReturnType<typeof getTranslations<"Search">>>,
  results: SearchPage,
  near: { radiusMiles: number; label: string } | undefined,
) {
  // A search without filters is not counted: it would read every upcoming event.
  if (results.total === null) return t("allComingUp");
  return near
    ? t("countWithin", { count: results.total, radius: near.radiusMiles, place: near.label })
    : t("countComingUp", { count: results.total });
}
