import type { NextRequest } from "next/server";
import { searchCalendar } from "@/lib/feeds/search-feeds";

/** Every upcoming event, or those of a search: /events.ics?zip=06108&radius=10 */
export function GET(request: NextRequest) {
  return searchCalendar(request.nextUrl.searchParams);
}
