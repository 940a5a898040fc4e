import type { NextRequest } from "next/server";
import { findDepartment } from "@/lib/departments/queries";
import { listFeedEvents } from "@/lib/feeds/queries";
import { embedHtml, type EmbedTheme } from "@/lib/feeds/embed-html";
import { isLocale } from "@/lib/i18n/routing";

type Context = { params: Promise<{ slug: string; locale: string }> };

const EMBED_LIMIT = 10;

/** A framable list of a department's next events (?theme=light|dark; default follows the reader). */
export async function GET(request: NextRequest, { params }: Context) {
  const { slug, locale } = await params;
  const department = await findDepartment(slug);
  if (!department) return new Response("Department not found", { status: 404 });
  const requested = request.nextUrl.searchParams.get("theme");
  const theme: EmbedTheme = requested === "dark" || requested === "light" ? requested : "auto";
  const events = (await listFeedEvents({ dateRange: "any", department: department.slug })).slice(
    0,
    EMBED_LIMIT,
  );
  return new Response(embedHtml(department, events, theme, isLocale(locale) ? locale : "en"), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors *",
      "Cache-Control": "public, max-age=300, stale-while-revalidate=600",
    },
  });
}
