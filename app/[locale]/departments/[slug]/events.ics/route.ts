import type { NextRequest } from "next/server";
import { findDepartment } from "@/lib/departments/queries";
import { searchCalendar } from "@/lib/feeds/search-feeds";
import { notFoundResponse } from "@/lib/feeds/responses";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const department = await findDepartment((await params).slug);
  if (!department) return notFoundResponse("The department");
  return searchCalendar(request.nextUrl.searchParams, { department: department.slug }, department.name);
}
