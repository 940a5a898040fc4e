import { getLocale, getTranslations } from "next-intl/server";
import { findNearestEvents } from "@/lib/events/nearest";
import {
  RADIUS_CHOICES,
  searchQuery,
  type SearchFilters,
  type SearchRequest,
} from "@/lib/events/search-params";
import { textFor } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";

type Values = SearchRequest["values"];
type NearFilters = SearchFilters & { near: NonNullable<SearchFilters["near"]> };

/**
 * What to say when nothing matched: near a place, the nearest event this search would
 * find farther out and the radius that reaches it; otherwise, what else to try.
 */
export async function EmptyResults({
  request,
  basePath,
  pastTheEnd = false,
}: {
  request: SearchRequest;
  basePath: string;
  /** The page lies past the last one: the search has results on page 1. */
  pastTheEnd?: boolean;
}) {
  const { page: _page, ...values } = request.values;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  const path = localizedPath(locale, basePath);
  if (pastTheEnd) {
    return (
      <p>
        {t.rich("pastTheEnd", { link: (chunks) => <a href={`${path}${searchQuery(values)}`}>{chunks}</a> })}
      </p>
    );
  }
  const near = request.filters.near;
  return (
    <>
      <p className="font-semibold">{t("noMatch")}</p>
      {near ? (
        <NearestSuggestion
          filters={{ ...request.filters, near }}
          values={values}
          path={path}
          locale={locale}
        />
      ) : (
        <p className="mt-1">{t("tryOther")}</p>
      )}
    </>
  );
}

/** The nearest event past the radius, with a link to the same search widened to reach it. */
async function NearestSuggestion({
  filters,
  values,
  path,
  locale,
}: {
  filters: NearFilters;
  values: Values;
  path: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "SearchNearest" });
  const { events, radiusMiles } = await findNearestEvents(filters, { beyondMiles: filters.near.radiusMiles });
  const nearest = events[0];
  if (!nearest || radiusMiles === null) {
    const widest = Math.max(filters.near.radiusMiles, ...RADIUS_CHOICES);
    return <p className="mt-1">{t("noneWithin", { radius: widest })}</p>;
  }
  const title = textFor(locale, nearest.title, nearest.titleEs);
  return (
    <>
      <p className="mt-1">
        {t.rich("nearest", {
          title: title.text,
          place: `${nearest.venue.city}, ${nearest.venue.state}`,
          miles: (nearest.distanceMiles ?? 0).toFixed(1),
          link: (chunks) => (
            <Link href={`/events/${nearest.slug}`} locale={locale} lang={title.lang}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="mt-1">
        {t.rich("widen", {
          radius: radiusMiles,
          link: (chunks) => (
            <a href={`${path}${searchQuery(values, { radius: String(radiusMiles) })}`}>{chunks}</a>
          ),
        })}
      </p>
    </>
  );
}
