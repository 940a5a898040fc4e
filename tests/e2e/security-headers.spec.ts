// The security headers as the HTTP Observatory grades them (tests/support/observatory.ts),
// on the site as served here (plain http) and configured for https (a second server of
// the same build, behind an assumed TLS proxy that redirects http to https).
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "./fixtures/auth";
import { startHttpsConfiguredSite, type HttpsSite } from "./fixtures/https-site";
import { scan, signInCookies, type Scan } from "./fixtures/scan";
import { describeGrade, gradeResponse, type Grade } from "../support/observatory";

const GRADE_ORDER = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"];
const atLeast = (grade: string, floor: string) => GRADE_ORDER.indexOf(grade) >= GRADE_ORDER.indexOf(floor);

type Graded = { label: string; scan: Scan; grade: Grade };

async function gradeSite(baseURL: string, scheme: "http" | "https") {
  const { email, password } = DEMO_ACCOUNTS.moderator;
  const moderator = await signInCookies(baseURL, email, password);
  const events = (await (await fetch(new URL("/api/events", baseURL))).json()) as {
    events: { slug: string }[];
  };
  const eventSlug = events.events[0]?.slug ?? "";
  const pages: [label: string, path: string, cookies?: string[]][] = [
    ["public /", "/"],
    ["public /events?zip=06108", "/events?zip=06108"],
    ["public /events/<slug>", `/events/${eventSlug}`],
    ["public /departments/<slug>", "/departments/east-hartford-police"],
    ["staff /signin (anonymous)", "/signin"],
    ["staff /account/forgot-password", "/account/forgot-password"],
    ["staff /admin/moderation (signed in)", "/admin/moderation", moderator],
    ["widget /embed/departments/<slug>", "/embed/departments/east-hartford-police"],
  ];
  const graded: Graded[] = [];
  for (const [label, path, cookies] of pages) {
    const result = await scan(baseURL, path, { scheme, cookies });
    expect(result.status, `${label} answers`).toBe(200);
    graded.push({ label, scan: result, grade: gradeResponse(result) });
  }
  console.log(
    `\nHTTP Observatory grades, ${scheme}:\n${graded.map((g) => describeGrade(g.label, g.grade)).join("\n")}`,
  );
  return graded;
}

const area = (graded: Graded[], prefix: string) => graded.filter((g) => g.label.startsWith(prefix));

test.describe("security headers graded by the HTTP Observatory's rules", () => {
  test.describe.configure({ mode: "default" });
  let httpsSite: HttpsSite;
  test.beforeAll(async () => {
    httpsSite = await startHttpsConfiguredSite();
  });
  test.afterAll(async () => {
    await httpsSite?.stop();
  });

  test("behind https, staff pages grade A+ and public pages at least B+", async () => {
    const graded = await gradeSite(httpsSite.baseURL, "https");
    for (const { label, grade } of area(graded, "staff")) expect(grade.grade, label).toBe("A+");
    for (const { label, grade } of area(graded, "public"))
      expect(atLeast(grade.grade, "B+"), label).toBe(true);
    for (const { label, scan: response } of [...area(graded, "staff"), ...area(graded, "public")]) {
      expect(response.headers.get("strict-transport-security"), label).toBe(
        "max-age=63072000; includeSubDomains",
      );
      expect(response.headers.get("content-security-policy"), label).toContain("upgrade-insecure-requests");
    }
  });

  test("over plain http only the https-only parts are missing: no HSTS, no redirect to https", async ({
    baseURL,
  }) => {
    const graded = await gradeSite(baseURL!, "http");
    for (const { label, scan: response, grade } of [...area(graded, "staff"), ...area(graded, "public")]) {
      expect(response.headers.get("strict-transport-security"), label).toBeNull();
      expect(response.headers.get("content-security-policy"), label).not.toContain(
        "upgrade-insecure-requests",
      );
      const penalties = grade.modifiers.filter((m) => m.modifier < 0).map((m) => m.test);
      // Cookies cannot be Secure on plain http (public pages set none).
      const expected = [
        ...(label.startsWith("public") ? ["content-security-policy"] : []),
        ...(response.cookies.length > 0 ? ["cookies"] : []),
        "redirection",
        "strict-transport-security",
      ];
      expect(penalties, label).toEqual(expected);
    }
  });

  test("behind https every cookie the site sets is Secure, HttpOnly and SameSite=Lax", async () => {
    const base = httpsSite.baseURL;
    const { email, password } = DEMO_ACCOUNTS.staff;
    const setCookies = [
      ...(await signInCookies(base, email, password)),
      ...(
        await fetch(new URL("/api/auth/prepare-signin", base), { redirect: "manual" })
      ).headers.getSetCookie(),
      ...(
        await fetch(new URL("/events/search?zip=06108&radius=10", base), { redirect: "manual" })
      ).headers.getSetCookie(),
    ];
    const names = setCookies.map((line) => line.split("=")[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        "__Host-next-auth.csrf-token",
        "__Secure-next-auth.callback-url",
        "__Secure-next-auth.session-token",
        "cwac-location",
      ]),
    );
    for (const line of setCookies) {
      expect(line, line).toMatch(/;\s*Secure/i);
      expect(line, line).toMatch(/;\s*HttpOnly/i);
      expect(line, line).toMatch(/;\s*SameSite=Lax/i);
    }
  });
});

test.describe("what each part of the site sends", () => {
  test("staff pages get a fresh nonce per request, 'strict-dynamic' and no inline scripts", async ({
    request,
  }) => {
    const policies = await Promise.all(
      [1, 2].map(
        async () => (await request.get("/account/forgot-password")).headers()["content-security-policy"],
      ),
    );
    const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    const scriptSrc = /script-src ([^;]+)/.exec(policies[0] ?? "")?.[1] ?? "";
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const html = await (await request.get("/account/forgot-password")).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\snonce="[^"]+"/);
  });

  test("public pages send one nonce-free policy, whatever CSP or nonce the request carried", async ({
    request,
  }) => {
    const response = await request.get("/departments", {
      headers: {
        "content-security-policy": "script-src 'nonce-chosen-by-client'",
        "x-nonce": "chosen-by-client",
      },
    });
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce");
    expect(await response.text()).not.toContain("chosen-by-client");
  });

  test("every page allows geolocation for itself only, isolates its window and refuses framing", async ({
    request,
  }) => {
    for (const path of ["/", "/events", "/signin", "/api/events", "/feed.xml"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["permissions-policy"], path).toMatch(/(^|, )geolocation=\(self\)/);
      expect(headers["permissions-policy"], path).toMatch(/camera=\(\), microphone=\(\)/);
      expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });

  test("the widget keeps its own policy, which lets any site frame it", async ({ request }) => {
    const headers = (await request.get("/embed/departments/east-hartford-police")).headers();
    expect(headers["content-security-policy"]).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors *",
    );
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers["cross-origin-resource-policy"]).toBeUndefined();
  });
});
