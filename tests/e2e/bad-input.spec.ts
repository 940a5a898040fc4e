// Arbitrary query strings, slugs and form bodies thrown at every public route of the
// production build: each answer is a 2xx, 3xx or 4xx that shows no internals (stack
// traces, error names, Prisma or PostgreSQL messages, file paths). About 500 requests.
// FC_SEED=<n> replays a run; fast-check prints the seed and the smallest failing input.
import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/auth";
import { withE2eDatabase } from "./fixtures/database";
import { formText, problemWith, queryString, slugSegment, type Finding } from "./bad-input-helpers";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
// Every run is sent and every bad answer collected (no stop at the first), so a
// failure lists all the requests that need fixing.
const runs = (numRuns: number) => ({ numRuns, seed });

type Send = () => ReturnType<APIRequestContext["get"]>;

/** Sends one request and records what is wrong with its answer, if anything. */
async function check(request: APIRequestContext, findings: Finding[], label: string, send?: Send) {
  const response = await (send ? send() : request.get(label, { maxRedirects: 0 }));
  const problem = await problemWith(response);
  if (problem) findings.push({ request: label, status: response.status(), problem });
  tally.sent += 1;
  if (response.status() >= 500) tally.serverErrors += 1;
}

const tally = { sent: 0, serverErrors: 0 };
test.afterEach(() => {
  if (tally.sent > 0) console.log(`${test.info().title}: ${tally.sent} requests, ${tally.serverErrors} 5xx`);
  Object.assign(tally, { sent: 0, serverErrors: 0 });
});

type Fixture = {
  eventSlug: string;
  eventId: string;
  commentId: string;
  departmentSlug: string;
  venueSlug: string;
};

/** A published event with an approved comment, hosted by departments no other spec moderates. */
async function weedEvent(): Promise<Fixture> {
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<Fixture>(
      `SELECT e.slug AS "eventSlug", e.id AS "eventId", c.id AS "commentId", d.slug AS "departmentSlug", v.slug AS "venueSlug"
       FROM "Event" e
       JOIN "EventHost" h ON h."eventId" = e.id JOIN "Department" d ON d.id = h."departmentId"
       JOIN "Venue" v ON v.id = e."venueId"
       JOIN "Comment" c ON c."eventId" = e.id AND c.status = 'APPROVED' AND c."parentId" IS NULL
       WHERE d.slug = 'weed-police' AND e.status = 'PUBLISHED' AND e."startsAt" > now()
       ORDER BY e."startsAt" LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the demo data has no upcoming Weed event with an approved comment");
    return rows[0];
  });
}

/** The hidden fields of the form on `html` that holds `marker` (server action id included). */
function hiddenFields(html: string, marker: string): Record<string, string> {
  const form = html.split("<form").find((part) => part.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields[name.replace(/&amp;/g, "&")] = value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  return fields;
}

test.describe("bad input never gets a 5xx or shows internals", () => {
  test.describe.configure({ timeout: 120_000 });
  let site: Fixture;
  test.beforeAll(async () => {
    site = await weedEvent();
  });

  test("pages, feeds, the API and the sitemap take any query string", async ({ request }) => {
    const findings: Finding[] = [];
    const paths = [
      "/",
      "/events",
      "/events/past",
      "/departments",
      "/events/search",
      "/feed.xml",
      "/events.ics",
      "/api/events",
      "/sitemap.xml",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), queryString, (path, query) =>
        check(request, findings, path + query),
      ),
      runs(180),
    );
    expect(findings).toEqual([]);
  });

  test("every route with a slug takes any slug, with or without a query string", async ({ request }) => {
    const findings: Finding[] = [];
    const slugRoutes: [string, (slug: string) => string][] = [
      ["event", (s) => `/events/${s}`],
      ["event", (s) => `/events/${s}/event.ics`],
      ["event", (s) => `/api/events/${s}`],
      ["department", (s) => `/departments/${s}`],
      ["department", (s) => `/departments/${s}/feed.xml`],
      ["department", (s) => `/departments/${s}/events.ics`],
      ["department", (s) => `/embed/departments/${s}`],
      ["venue", (s) => `/venues/${s}`],
    ];
    const slugs = slugSegment([site.eventSlug, site.departmentSlug, site.venueSlug]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...slugRoutes),
        slugs,
        fc.option(queryString),
        ([, route], slug, query) => check(request, findings, route(slug) + (query ?? "")),
      ),
      runs(180),
    );
    expect(findings).toEqual([]);
  });

  test("the comment form takes any body: altered hidden fields, NUL bytes, huge or empty text", async ({
    request,
    baseURL,
  }) => {
    const findings: Finding[] = [];
    const startedAt = new Date();
    const path = `/events/${site.eventSlug}`;
    const fields = hiddenFields(await (await request.get(path)).text(), 'id="comment-body"');
    // Mostly the form as shown, sometimes with its hidden fields altered.
    const altered = fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      {
        weight: 2,
        arbitrary: fc.record(
          {
            eventId: formText,
            parentId: formText,
            timeTrap: formText,
            idempotencyKey: formText,
            website: formText,
          },
          { requiredKeys: [] },
        ),
      },
    );
    const typed = fc.record({
      authorName: fc.oneof(fc.constantFrom("Rosa", "José Pérez"), formText),
      authorEmail: fc.oneof(fc.constant(""), formText),
      body: fc.oneof(fc.constant("Will there be decaf?"), formText),
    });
    await fc.assert(
      fc.asyncProperty(altered, typed, fc.integer({ min: 1, max: 254 }), (hidden, values, address) =>
        check(
          request,
          findings,
          `POST ${path} ${JSON.stringify({ ...hidden, ...values }).slice(0, 200)}`,
          () =>
            request.post(path, {
              multipart: { ...fields, ...hidden, ...values },
              // A browser sends its Origin with a form post; each post comes from its own address.
              headers: { origin: new URL(baseURL!).origin, "x-forwarded-for": `203.0.113.${address}` },
              maxRedirects: 0,
            }),
        ),
      ),
      runs(80),
    );
    // Other specs read the moderation queue: what this left pending leaves it again, as spam.
    await withE2eDatabase((db) =>
      db.query(
        `UPDATE "Comment" SET status = 'SPAM' WHERE "eventId" = $1 AND status = 'PENDING' AND "createdAt" >= $2`,
        [site.eventId, startedAt],
      ),
    );
    expect(findings).toEqual([]);
  });

  test("the report form takes any body", async ({ request, baseURL }) => {
    const findings: Finding[] = [];
    // The event page links each comment to its report page, which holds the form.
    const path = `/events/${site.eventSlug}/comments/${site.commentId}/report`;
    const fields = hiddenFields(await (await request.get(path)).text(), 'name="commentId"');
    const reason = fc.oneof(fc.constantFrom("ABUSIVE", "SPAM", "OTHER"), formText);
    const body = fc.record(
      { commentId: formText, eventSlug: formText, reason, details: formText },
      { requiredKeys: ["reason"] },
    );
    await fc.assert(
      fc.asyncProperty(body, (values) =>
        check(request, findings, `POST ${path} report ${JSON.stringify(values).slice(0, 200)}`, () =>
          request.post(path, {
            multipart: { ...fields, ...values },
            // One address: one report per comment at most, so no demo comment is hidden.
            headers: { origin: new URL(baseURL!).origin, "x-forwarded-for": "203.0.113.250" },
            maxRedirects: 0,
          }),
        ),
      ),
      runs(40),
    );
    expect(findings).toEqual([]);
  });

  test("the requests of issue #9 get a message, a 400 or a 404", async ({ request }) => {
    const expected: [string, number][] = [
      ["/events?when=custom&from=2026-02-31&to=2026-03-01", 200],
      ["/events?when=custom&from=2026-13-01", 200],
      ["/events/past?from=2026-02-31", 200],
      ["/api/events?from=2026-02-31", 400],
      ["/events.ics?from=2026-13-01", 400],
      ["/feed.xml?to=2026-04-31", 400],
      [`/departments/${site.departmentSlug}/events.ics?from=2026-02-30`, 400],
      ["/events?q=a%00b", 200],
      ["/feed.xml?q=%00", 400],
      ["/events/%00", 404],
      ["/api/events/%00", 404],
      ["/venues/%00", 404],
      ["/embed/departments/%00", 404],
      [`/departments/${site.departmentSlug}%00/feed.xml`, 404],
    ];
    const answers: [string, number][] = [];
    for (const [path] of expected) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(await problemWith(response), path).toBeNull();
      answers.push([path, response.status()]);
    }
    expect(answers).toEqual(expected);
  });

  test("the search form sends a browser behind a proxy to a relative or SITE_URL address", async ({
    request,
  }) => {
    for (const query of ["zip=06108&radius=10", "lat=41.7682&lng=-72.6215&radius=5"]) {
      const response = await request.get(`/events/search?${query}`, {
        headers: { host: "cwac.example.org", "x-forwarded-host": "cwac.example.org" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      const location = response.headers().location ?? "";
      expect(location).toBe(`/events?${query}`);
    }
  });
});

// Two that Next.js alone would answer with a 500; the site's server and next.config.ts
// take care of them.
test.describe("what Next.js alone would fail on", () => {
  test("a slug that is not valid UTF-8 is a 4xx (the site's server answers it; Next.js gives a 500, vercel/next.js#92557)", async ({
    request,
  }) => {
    for (const path of [
      "/departments/%ff/events.ics",
      "/departments/%ED%A0%80",
      "/events/%ff",
      "/venues/%C0%80",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
    }
  });

  test("a 1 MB comment gets 'too long' next to the field with the text kept, and 3 MB gets a 413", async ({
    request,
    baseURL,
  }) => {
    const site = await weedEvent();
    const path = `/events/${site.eventSlug}`;
    const fields = hiddenFields(await (await request.get(path)).text(), 'id="comment-body"');
    const body = "a".repeat(1024 * 1024);
    const response = await request.post(path, {
      multipart: { ...fields, authorName: "Ann", body },
      headers: { origin: new URL(baseURL!).origin, "x-forwarded-for": "203.0.113.251" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Your comment is too long (1,048,576 characters)");
    expect(html).toContain(body);
    const huge = await request.post(path, {
      multipart: { ...fields, authorName: "Ann", body: "a".repeat(3 * 1024 * 1024) },
      headers: { origin: new URL(baseURL!).origin, "x-forwarded-for": "203.0.113.252" },
      maxRedirects: 0,
    });
    expect(huge.status()).toBe(413);
  });
});
