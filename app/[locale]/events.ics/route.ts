import type { NextRequest } from "next/server";
import { searchCalendar } from "@/lib/feeds/search-feeds";
import { isLocale } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/** Every upcoming event, or those of a search: /events.ics?zip=06108&radius=10 (/es/events.ics in Spanish). */
export async function GET(request: NextRequest, { params }: Context) {
  const { locale } = await params;
  return searchCalendar(request.nextUrl.searchParams, {}, undefined, isLocale(locale) ? locale : "en");
}
