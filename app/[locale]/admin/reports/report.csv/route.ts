// The department report as a CSV download. Not public: the person's session decides which
// departments they may see (lib/reports/scope.ts); refusals are 401/403 and logged.
import { getCurrentUser, isAuthError } from "@/lib/auth/guards";
import { reportCsv, reportFileName } from "@/lib/reports/csv";
import { getDepartmentReport } from "@/lib/reports/queries";
import { parseReportFilters } from "@/lib/reports/schemas";

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters, errors } = parseReportFilters(params);
  if (Object.keys(errors).length > 0) {
    return Response.json({ error: "invalid_filters", fields: errors }, { status: 400 });
  }
  try {
    const report = await getDepartmentReport(await getCurrentUser(), filters);
    return new Response(reportCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${reportFileName(report)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAuthError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
