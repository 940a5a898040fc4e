import type { NextRequest } from "next/server";
import { feedText } from "@/lib/feeds/event-text";
import { searchFeed } from "@/lib/feeds/search-feeds";
import { isLocale, localizedPath } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** RSS 2.0 (or Atom with ?feed=atom) of upcoming events; takes the /events filters; /es/feed.xml in Spanish. */
export async function GET(request: NextRequest, { params }: Context) {
  const { locale: segment } = await params;
  const locale = isLocale(segment) ? segment : "en";
  const query = request.nextUrl.search;
  return searchFeed(
    request.nextUrl.searchParams,
    {
      title: feedText(locale)("allEvents"),
      path: `${localizedPath(locale, "/events")}${query}`,
      feedPath: localizedPath(locale, "/feed.xml"),
    },
    {},
    locale,
  );
}
