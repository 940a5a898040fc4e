import { getLocale, getTranslations } from "next-intl/server";
import { RADIUS_CHOICES, searchQuery, type SearchRequest } from "@/lib/events/search-params";
import { localizedPath, type Locale } from "@/lib/i18n/routing";

/** What to say when nothing matched, with a wider radius to try when searching near a place. */
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
  const radius = request.filters.near?.radiusMiles;
  const wider = radius ? RADIUS_CHOICES.find((miles) => miles > radius) : undefined;
  return (
    <>
      <p className="font-semibold">{t("noMatch")}</p>
      {wider ? (
        <p className="mt-1">
          {t.rich("tryWider", {
            miles: wider,
            link: (chunks) => (
              <a href={`${path}${searchQuery(values, { radius: String(wider) })}`}>{chunks}</a>
            ),
          })}
        </p>
      ) : (
        <p className="mt-1">{t("tryOther")}</p>
      )}
    </>
  );
}
