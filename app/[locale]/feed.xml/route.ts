import type { NextRequest } from "next/server";
import { searchFeed } from "@/lib/feeds/search-feeds";

/** RSS 2.0 (or Atom with ?feed=atom) of upcoming events; takes the /events filters. */
export function GET(request: NextRequest) {
  const query = request.nextUrl.search;
  return searchFeed(request.nextUrl.searchParams, {
    title: "Coffee with a Cop events",
    path: `/events${query}`,
    feedPath: "/feed.xml",
  });
}
