import { RADIUS_CHOICES, searchQuery, type SearchRequest } from "@/lib/events/search-params";

/** What to say when nothing matched, with a wider radius to try when searching near a place. */
export function EmptyResults({
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
  if (pastTheEnd) {
    return (
      <p>
        This page is past the end of the results.{" "}
        <a href={`${basePath}${searchQuery(values)}`}>Go to the first page</a>.
      </p>
    );
  }
  const radius = request.filters.near?.radiusMiles;
  const wider = radius ? RADIUS_CHOICES.find((miles) => miles > radius) : undefined;
  return (
    <>
      <p className="font-semibold">No events match this search.</p>
      {wider ? (
        <p className="mt-1">
          Try a wider area:{" "}
          <a href={`${basePath}${searchQuery(values, { radius: String(wider) })}`}>
            search within {wider} miles
          </a>
          , or remove some filters.
        </p>
      ) : (
        <p className="mt-1">Try other dates or remove some filters.</p>
      )}
    </>
  );
}
