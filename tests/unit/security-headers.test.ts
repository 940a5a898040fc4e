import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityArea } from "@/lib/http/security-headers";
import { MAP_TILE_ORIGIN } from "@/lib/geo/map-tiles";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((part) => part.startsWith(`${name} `) || part === name)
    ?.split(" ")
    .slice(1);

describe("which policy a path gets", () => {
  it("the admin area, sign-in and account pages are the staff area", () => {
    for (const path of ["/admin", "/admin/moderation", "/signin", "/account/reset-password"])
      expect(securityArea(path), path).toBe("staff");
  });

  it("look-alike paths stay public, and only /embed/ is the widget", () => {
    expect(securityArea("/administration")).toBe("public");
    expect(securityArea("/signing")).toBe("public");
    expect(securityArea("/events/admin-day")).toBe("public");
    expect(securityArea("/embed/departments/east-hartford-police")).toBe("widget");
    expect(securityArea("/embedded")).toBe("public");
  });
});

describe("content security policy", () => {
  const staff = contentSecurityPolicy({ nonce: "abc123", https: false, development: false });
  const publicPolicy = contentSecurityPolicy({ https: false, development: false });

  it("staff pages run only scripts carrying this request's nonce, and what they load", () => {
    expect(directive(staff, "script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(directive(staff, "style-src")).toEqual(["'self'", "'nonce-abc123'"]);
  });

  it("public pages carry no nonce, so they can be cached and shared", () => {
    expect(publicPolicy).not.toContain("nonce");
    expect(directive(publicPolicy, "script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(publicPolicy, "style-src")).toEqual(["'self'"]);
  });

  it("both refuse framing, plugins, base changes and forms to other sites, and allow map tiles", () => {
    for (const policy of [staff, publicPolicy]) {
      expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
      expect(directive(policy, "object-src")).toEqual(["'none'"]);
      expect(directive(policy, "base-uri")).toEqual(["'none'"]);
      expect(directive(policy, "form-action")).toEqual(["'self'"]);
      expect(directive(policy, "img-src")).toEqual(["'self'", "data:", MAP_TILE_ORIGIN]);
    }
  });

  it("upgrades insecure requests only when the site runs on https", () => {
    expect(staff).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ https: true, development: false })).toMatch(
      /; upgrade-insecure-requests$/,
    );
  });

  it("development allows eval and inline styles, which Next.js's dev tools need", () => {
    const dev = contentSecurityPolicy({ nonce: "abc123", https: false, development: true });
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
    expect(directive(dev, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});
