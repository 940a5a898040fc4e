import type { NextRequest } from "next/server";
import { findDepartment } from "@/lib/departments/queries";
import { searchFeed } from "@/lib/feeds/search-feeds";
import { notFoundResponse } from "@/lib/feeds/responses";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const department = await findDepartment((await params).slug);
  if (!department) return notFoundResponse("The department");
  return searchFeed(
    request.nextUrl.searchParams,
    {
      title: `${department.name}: Coffee with a Cop events`,
      path: `/departments/${department.slug}`,
      feedPath: `/departments/${department.slug}/feed.xml`,
    },
    { department: department.slug },
  );
}
