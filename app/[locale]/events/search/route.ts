// The search form posts here (GET, so it works without JavaScript): remember the
// location in a cookie, then show the shareable /events URL.
import { NextResponse, type NextRequest } from "next/server";
import { parseSearch, searchQuery } from "@/lib/events/search-params";
import { siteUsesHttps } from "@/lib/http/site-https";
import { DEFAULT_LOCALE, isLocale, localizedPath } from "@/lib/i18n/routing";
import { encodeLocation, LOCATION_COOKIE, LOCATION_COOKIE_MAX_AGE } from "@/lib/geo/remembered-location";

export function GET(request: NextRequest) {
  // The page's language is the address's: /es/events/search answers with /es/events.
  const language = request.nextUrl.pathname.split("/")[1];
  const search = parseSearch(request.nextUrl.searchParams);
  const { page: _page, ...values } = search.values;
  // A relative Location: the browser resolves it against the address it used. Built on
  // request.url it named the address the server listens on (http://localhost:3456
  // behind a proxy), whatever Host the resident's browser sent.
  const response = new NextResponse(null, {
    status: 303,
    headers: {
      Location: localizedPath(
        isLocale(language) ? language : DEFAULT_LOCALE,
        `/events${searchQuery(values)}`,
      ),
    },
  });
  if (search.filters.near && !search.errors.zip && !search.errors.lat) {
    const { zip, lat, lng, radius } = values;
    response.cookies.set(LOCATION_COOKIE, encodeLocation(zip ? { zip, radius } : { lat, lng, radius }), {
      maxAge: LOCATION_COOKIE_MAX_AGE,
      sameSite: "lax",
      // Read by the page in the browser (components/search/remembered-location.tsx): it only
      // puts the ZIP code back in the form, and is no secret.
      httpOnly: false,
      path: "/",
      secure: siteUsesHttps(),
    });
  }
  return response;
}
