import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as rememberedSearch } from "@/app/[locale]/events/search/remembered/route";
import { encodeLocation, LOCATION_COOKIE } from "@/lib/geo/remembered-location";

// "Events near your last search" on the home page without JavaScript: the one address that
// reads the remembered-location cookie on the server, so the home page can stay cached.
const withCookie = (path: string, location?: Parameters<typeof encodeLocation>[0]) =>
  new NextRequest(new URL(path, "http://localhost:3456"), {
    headers: location ? { cookie: `${LOCATION_COOKIE}=${encodeURIComponent(encodeLocation(location))}` } : {},
  });

describe("the remembered search, without JavaScript", () => {
  it("sends a remembered ZIP code and radius to that search, in the page's language, never cached", () => {
    const response = rememberedSearch(
      withCookie("/es/events/search/remembered", { zip: "59001", radius: "250" }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/es/events?zip=59001&radius=250");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("sends a remembered position as coordinates", () => {
    const response = rememberedSearch(
      withCookie("/events/search/remembered", { lat: "41.7682", lng: "-72.6215", radius: "5" }),
    );
    expect(response.headers.get("location")).toBe("/events?lat=41.7682&lng=-72.6215&radius=5");
  });

  it("without a remembered place, or with a malformed one, offers the search page", () => {
    expect(rememberedSearch(withCookie("/events/search/remembered")).headers.get("location")).toBe("/events");
    const malformed = new NextRequest(new URL("/events/search/remembered", "http://localhost:3456"), {
      headers: { cookie: `${LOCATION_COOKIE}=zip%3D123` },
    });
    expect(rememberedSearch(malformed).headers.get("location")).toBe("/events");
  });
});
