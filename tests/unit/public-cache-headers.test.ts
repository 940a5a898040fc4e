// Which addresses proxy.ts marks as public pages a CDN may hold briefly.
import { describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/profiles";
import { publicCacheControl } from "@/lib/http/public-cache-headers";

describe("public pages' Cache-Control", () => {
  it.each([
    "/",
    "/events",
    "/events/past",
    "/events/coffee-at-bean-cycle-2027-02-17",
    "/events/coffee-at-bean-cycle-2027-02-17/comments/c123/reply",
    "/events/coffee-at-bean-cycle-2027-02-17/comments/c123/report",
    "/departments",
    "/departments/east-hartford-police",
    "/venues/bean-cycle",
  ])("%s is public", (path) => {
    expect(publicCacheControl("GET", path)).toBe(PUBLIC_CACHE_CONTROL);
    expect(publicCacheControl("HEAD", path)).toBe(PUBLIC_CACHE_CONTROL);
  });

  it.each([
    "/events/search",
    "/events/coffee-at-bean-cycle-2027-02-17/comments/c123",
    "/events/coffee-at-bean-cycle-2027-02-17/comments/c123/edit",
    "/events.ics",
    "/admin",
    "/signin",
    "/alerts/manage",
  ])("%s gets none from the proxy", (path) => {
    expect(publicCacheControl("GET", path)).toBeUndefined();
  });

  it("a form posted to a public page gets none", () => {
    expect(
      publicCacheControl("POST", "/events/coffee-at-bean-cycle-2027-02-17/comments/c123/reply"),
    ).toBeUndefined();
  });
});
