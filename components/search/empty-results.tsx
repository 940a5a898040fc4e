import { RADIUS_CHOICES, searchQuery, type SearchRequest } from "@/lib/events/search-params";

/** What to say when nothing matched, with a wider radius to try when searching near a place. */
export function EmptyResults({ request, basePath }: { request: SearchRequest; basePath: string }) {
  const radius = request.filters.near?.radiusMiles;
  const wider = radius ? RADIUS_CHOICES.find((miles) => miles > radius) : undefined;
  const { page: _page, ...values } = request.values;
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
