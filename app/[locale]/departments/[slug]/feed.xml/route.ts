import type { NextRequest } from "next/server";
import { findDepartment } from "@/lib/departments/queries";
import { feedText } from "@/lib/feeds/event-text";
import { searchFeed } from "@/lib/feeds/search-feeds";
import { notFoundResponse } from "@/lib/feeds/responses";
import { isLocale, localizedPath } from "@/lib/i18n/routing";

type Context = { params: Promise<{ slug: string; locale: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { slug, locale: segment } = await params;
  const locale = isLocale(segment) ? segment : "en";
  const department = await findDepartment(slug);
  if (!department) return notFoundResponse("The department");
  return searchFeed(
    request.nextUrl.searchParams,
    {
      title: feedText(locale)("departmentEvents", { name: department.name }),
      path: localizedPath(locale, `/departments/${department.slug}`),
      feedPath: localizedPath(locale, `/departments/${department.slug}/feed.xml`),
    },
    { department: department.slug },
    locale,
  );
}
