// Responses for calendars, feeds and the API: right content types, short public caching,
// and typed errors rather than empty 500s.
import type { SearchRequest } from "@/lib/events/search-params";

const CACHE = "public, max-age=300, stale-while-revalidate=600";

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": CACHE,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

export function feedResponse(body: string, kind: "rss" | "atom"): Response {
  const type = kind === "atom" ? "application/atom+xml" : "application/rss+xml";
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Cache-Control": CACHE,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** 400 with one message per invalid query parameter. */
export function invalidSearchResponse(request: SearchRequest): Response {
  return Response.json(
    {
      error: {
        code: "invalid_query",
        message: "Some query parameters are not valid.",
        fields: request.errors,
      },
    },
    { status: 400, headers: { "Access-Control-Allow-Origin": "*" } },
  );
}

export function notFoundResponse(what: string): Response {
  return Response.json(
    { error: { code: "not_found", message: `${what} was not found.` } },
    { status: 404, headers: { "Access-Control-Allow-Origin": "*" } },
  );
}
