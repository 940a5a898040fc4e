import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { hasErrors, parseSearch, searchQuery } from "@/lib/events/search-params";
import { searchEvents } from "@/lib/events/search";
import { listDepartmentChoices } from "@/lib/events/search-options";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { EventsByDay } from "@/components/events/events-by-day";
import { Pagination } from "@/components/search/pagination";
import { PastFilters } from "@/components/search/past-filters";

// Renders per request (its search parameters); the searches themselves are cached.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Search");
  return {
    title: t("pastTitle"),
    description: t("pastDescription"),
    alternates: await pageAlternates("/events/past"),
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The archive: ended events, latest first, for every department or one (?department=slug). */
export default async function PastEventsPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  const request = parseSearch(await searchParams, locale);
  const invalid = hasErrors(request);
  const [departments, results] = await Promise.all([
    listDepartmentChoices(),
    invalid ? null : searchEvents(request.filters, { page: request.page, past: true }),
  ]);
  const { page: _page, ...values } = request.values;
  const departmentName = departments.find((d) => d.value === request.filters.department)?.label;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">
        {departmentName ? t("pastTitleOf", { department: departmentName }) : t("pastTitle")}
      </h1>
      <PastFilters request={request} departments={departments} />
      {invalid && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {Object.values(request.errors).join(" ")}
        </p>
      )}
      {results && (
        <section aria-labelledby="past-results" className="space-y-4">
          <h2 id="past-results" className="text-2xl font-bold">
            {results.total === null ? t("allPast") : t("countPast", { count: results.total })}
          </h2>
          <EventsByDay events={results.events} headingLevel={3} emptyMessage={t("noPastMatch")} />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hasNext={results.hasNext}
            href={(page) =>
              localizedPath(locale, `/events/past${searchQuery(values, { page: String(page) })}`)
            }
          />
        </section>
      )}
      <p>
        <Link href="/events">{t("findUpcoming")}</Link>
      </p>
    </div>
  );
}
