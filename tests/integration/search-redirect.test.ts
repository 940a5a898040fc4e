import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as searchRedirect } from "@/app/[locale]/events/search/route";
import { decodeLocation, LOCATION_COOKIE } from "@/lib/geo/remembered-location";

// Behind a proxy the server sees its own address (http://localhost:3456) as the
// request's URL, whatever Host the resident's browser sent.
const behindProxy = (query: string, path = "/events/search") =>
  new NextRequest(new URL(`${path}?${query}`, "http://localhost:3456"), {
    headers: { host: "cwac.example.org", "x-forwarded-host": "cwac.example.org" },
  });

describe("the search form's redirect to /events", () => {
  it("sends the browser to a relative /events address, never the server's internal one", () => {
    const response = searchRedirect(behindProxy("zip=06108&radius=10&page=3"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/events?zip=06108&radius=10");
  });

  it("stays relative for 'Use my location' and remembers the place in a cookie", () => {
    const response = searchRedirect(behindProxy("lat=41.7682&lng=-72.6215&radius=5"));
    expect(response.headers.get("location")).toBe("/events?lat=41.7682&lng=-72.6215&radius=5");
    expect(decodeLocation(response.cookies.get(LOCATION_COOKIE)?.value)).toMatchObject({
      lat: "41.7682",
      lng: "-72.6215",
    });
  });

  it("keeps an invalid search in the address so /events can show its messages", () => {
    const response = searchRedirect(behindProxy("from=2026-02-31&q=coffee"));
    expect(response.headers.get("location")).toBe("/events?from=2026-02-31&q=coffee");
  });

  it("answers a Spanish search with the Spanish page, /es/events", () => {
    const response = searchRedirect(behindProxy("zip=06108&radius=10", "/es/events/search"));
    expect(response.headers.get("location")).toBe("/es/events?zip=06108&radius=10");
  });
});
