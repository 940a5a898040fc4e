// "Events near your last search" without JavaScript: the home page is the same for
// everyone (cached), so only this address, asked for by the resident, reads their
// remembered-location cookie, and sends them to that search (or to /events without one).
import { NextResponse, type NextRequest } from "next/server";
import { decodeLocation, LOCATION_COOKIE } from "@/lib/geo/remembered-location";
import { DEFAULT_LOCALE, isLocale, localizedPath } from "@/lib/i18n/routing";

export function GET(request: NextRequest) {
  const language = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const remembered = decodeLocation(request.cookies.get(LOCATION_COOKIE)?.value);
  const query = new URLSearchParams();
  if (remembered?.zip) query.set("zip", remembered.zip);
  else if (remembered?.lat && remembered.lng) {
    query.set("lat", remembered.lat);
    query.set("lng", remembered.lng);
  }
  if (query.size > 0 && remembered?.radius) query.set("radius", remembered.radius);
  const search = query.size > 0 ? `?${query.toString()}` : "";
  // Relative, like /events/search: the browser resolves it against the address it used.
  return new NextResponse(null, {
    status: 303,
    headers: {
      Location: localizedPath(locale, `/events${search}`),
      "Cache-Control": "private, no-store",
      Vary: "Cookie",
    },
  });
}
