// The search form posts here (GET, so it works without JavaScript): remember the
// location in a cookie, then show the shareable /events URL.
import { NextResponse, type NextRequest } from "next/server";
import { parseSearch, searchQuery } from "@/lib/events/search-params";
import { siteUsesHttps } from "@/lib/http/site-https";
import { encodeLocation, LOCATION_COOKIE, LOCATION_COOKIE_MAX_AGE } from "@/lib/geo/remembered-location";

export function GET(request: NextRequest) {
  const search = parseSearch(request.nextUrl.searchParams);
  const { page: _page, ...values } = search.values;
  // A relative Location: request.nextUrl names the server's own host (localhost), not
  // the address the browser used, and CSP's form-action 'self' refuses the detour.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: `/events${searchQuery(values)}` },
  });
  if (search.filters.near && !search.errors.zip && !search.errors.lat) {
    const { zip, lat, lng, radius } = values;
    response.cookies.set(LOCATION_COOKIE, encodeLocation(zip ? { zip, radius } : { lat, lng, radius }), {
      maxAge: LOCATION_COOKIE_MAX_AGE,
      sameSite: "lax",
      httpOnly: true,
      path: "/",
      secure: siteUsesHttps(),
    });
  }
  return response;
}
