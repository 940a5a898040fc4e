import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "@/lib/auth/callback-path";
import { OPEN_REDIRECT_PAYLOADS } from "../support/open-redirect-payloads";

const BASE = "https://cwac.example.org";

/** Where a browser would go from a page on BASE given this Location. */
function browserTarget(location: string): URL {
  return new URL(location, `${BASE}/signin`);
}

describe("where sign-in may send a person afterwards", () => {
  it.each(OPEN_REDIRECT_PAYLOADS)("keeps %j on this site", (payload) => {
    const path = safeCallbackPath(payload);
    expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
    // eslint-disable-next-line no-control-regex -- no control character may reach a Location header.
    expect(path).not.toMatch(/[\u0000-\u001f\\]/);
    expect(browserTarget(path).origin).toBe(BASE);
    expect(new URL(safeRedirectUrl(payload, BASE)).origin).toBe(BASE);
    expect(new URL(safeRedirectUrl(`${BASE}${payload}`, BASE)).origin).toBe(BASE);
  });

  it("throws at least fifty payloads at it", () => {
    expect(OPEN_REDIRECT_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it("keeps ordinary paths on this site as they are, query and fragment included", () => {
    expect(safeCallbackPath("/admin/events?status=DRAFT#list")).toBe("/admin/events?status=DRAFT#list");
    expect(safeCallbackPath("/admin/moderation")).toBe("/admin/moderation");
    expect(safeRedirectUrl(`${BASE}/admin/venues`, BASE)).toBe(`${BASE}/admin/venues`);
    expect(safeCallbackPath(null)).toBe("/admin");
    expect(safeCallbackPath("https://evil.example", "/")).toBe("/");
  });
});
