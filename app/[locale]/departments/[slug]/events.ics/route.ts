import type { NextRequest } from "next/server";
import { findDepartment } from "@/lib/departments/queries";
import { searchCalendar } from "@/lib/feeds/search-feeds";
import { notFoundResponse } from "@/lib/feeds/responses";
import { isLocale } from "@/lib/i18n/routing";

type Context = { params: Promise<{ slug: string; locale: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { slug, locale } = await params;
  const department = await findDepartment(slug);
  if (!department) return notFoundResponse("The department");
  return searchCalendar(
    request.nextUrl.searchParams,
    { department: department.slug },
    department.name,
    isLocale(locale) ? locale : "en",
  );
}
