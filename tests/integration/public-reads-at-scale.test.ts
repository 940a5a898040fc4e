// Issue 11: at the benchmark's size (10,000 upcoming and 2,000 past events, 1,000
// venues, 500 departments, ~100,000 comments), every public read reads rows in
// proportion to what it shows: PostgreSQL plans no sequential scan of the big tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { NextRequest } from "next/server";
import { PLANNER_OPTIONS } from "@/lib/db/pg-adapter";
import { captureStatements, sequentialScans } from "../support/query-plans";
import { pickBenchPages, seedHttpBenchData, type BenchTargets } from "../bench/http/seed";
import { findPublicEvent, heldAt, hostedBy, listPastEvents, listUpcomingEvents } from "@/lib/events/queries";
import { searchEvents } from "@/lib/events/search";
import { parseSearch } from "@/lib/events/search-params";
import { findNearestEvents } from "@/lib/events/nearest";
import { homeNearAnswer } from "@/lib/events/nearest-api";
import { findDepartment, listDepartmentsByState } from "@/lib/departments/queries";
import { listDepartmentChoices } from "@/lib/events/search-options";
import { listSitemapEntries } from "@/lib/feeds/queries";
import { findVenue } from "@/lib/venues/queries";
import { listPublicComments } from "@/lib/comments/queries";
import { GET as eventsCalendar } from "@/app/[locale]/events.ics/route";
import { GET as eventCalendar } from "@/app/[locale]/events/[slug]/event.ics/route";
import { GET as departmentCalendar } from "@/app/[locale]/departments/[slug]/events.ics/route";
import { GET as siteFeed } from "@/app/[locale]/feed.xml/route";
import { GET as departmentFeed } from "@/app/[locale]/departments/[slug]/feed.xml/route";
import { GET as apiList } from "@/app/api/events/route";
import { GET as apiEvent } from "@/app/api/events/[slug]/route";
import { GET as embed } from "@/app/[locale]/embed/departments/[slug]/route";

const BIG_TABLES = ["Event", "Comment", "Venue", "Department", "EventHost"] as const;
const site = "http://localhost:3000";
const get = (path: string) => new NextRequest(new URL(path, site));
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug, locale: "en" }) });
const english = { params: Promise.resolve({ locale: "en" }) };
const filters = (query: string) => parseSearch(new URLSearchParams(query)).filters;

let client: pg.Client;
let targets: BenchTargets & { busiestEvent: { id: string; slug: string } };

beforeAll(async () => {
  // The plans the site gets: with its connections' planner settings.
  client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: PLANNER_OPTIONS });
  await client.connect();
  await seedHttpBenchData(client);
  const { rows } = await client.query<{ id: string; slug: string }>(`
    SELECT e.id, e.slug FROM "Event" e JOIN "Comment" c ON c."eventId" = e.id
    GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`);
  targets = { ...(await pickBenchPages(client)), busiestEvent: rows[0]! };
}, 120_000);

afterAll(async () => {
  await client.end();
});

async function expectNoSequentialScans(read: () => Promise<unknown>) {
  const statements = await captureStatements(read);
  expect(statements.length).toBeGreaterThan(0);
  expect(await sequentialScans(client, statements, BIG_TABLES)).toEqual([]);
}

const department = async () => (await findDepartment(targets.department))!;
const venue = async () => (await findVenue(targets.venue))!;

describe("public reads at the benchmark's size plan no sequential scan of events, comments, venues, departments or hosts", () => {
  it("the home page: the next 10 events and the national day's", async () => {
    await expectNoSequentialScans(async () => {
      await listUpcomingEvents({ limit: 10 });
      await searchEvents({ dateRange: "custom", from: "2027-01-08", to: "2027-01-08" }, { pageSize: 12 });
    });
  });

  it("/events without filters, its second page, and the past archive", async () => {
    await expectNoSequentialScans(async () => {
      await searchEvents(filters(""));
      await searchEvents(filters(""), { page: 2 });
      await searchEvents(filters(""), { past: true });
    });
  });

  it("/events near a ZIP code, with a date range, a kind, a language or a department", async () => {
    await expectNoSequentialScans(async () => {
      await searchEvents(filters("zip=06108&radius=25"));
      await searchEvents(filters("when=month&format=COFFEE_WITH_A_COP&language=es"));
      await searchEvents(filters("when=week"));
      await searchEvents(filters(`department=${targets.department}`));
      await searchEvents(filters(`department=${targets.department}`), { past: true });
      await searchEvents(filters("format=COFFEE_WITH_A_COP"));
      // Not the text search (q=): a substring can only be found by reading the events and
      // venues; trigram indexes (pg_trgm) would be its own change.
    });
  });

  it("the nearest events past an empty search's radius, ring by ring up to 500 miles, and the home page's nearest three", async () => {
    await expectNoSequentialScans(async () => {
      const fromMontana = filters("zip=59001&radius=5");
      await findNearestEvents({ ...fromMontana, near: fromMontana.near! }, { beyondMiles: 5 });
      const cones = filters("zip=06108&radius=5&format=CONE_WITH_A_COP&when=week");
      await findNearestEvents({ ...cones, near: cones.near! }, { beyondMiles: 5 });
      await homeNearAnswer("59001", "en");
      await homeNearAnswer("06108", "es");
    });
  });

  it("the lists of every department: the directory and the search form's choices", async () => {
    await expectNoSequentialScans(async () => {
      await listDepartmentsByState();
      await listDepartmentChoices();
    });
  });

  it("the sitemap", async () => {
    await expectNoSequentialScans(() => listSitemapEntries());
  });

  it("an event page with its comments, the busiest event's comments, and its calendar file", async () => {
    await expectNoSequentialScans(async () => {
      const event = (await findPublicEvent(targets.event))!;
      await listPublicComments(event.id);
      await listPublicComments(targets.busiestEvent.id);
      await eventCalendar(get("/x"), slugParams(targets.event));
    });
  });

  it("a department page, its feed, calendar and widget", async () => {
    await expectNoSequentialScans(async () => {
      const { id } = await department();
      await listUpcomingEvents({ where: hostedBy(id), limit: 50 });
      await listPastEvents({ where: hostedBy(id), limit: 20 });
      await departmentFeed(get("/x"), slugParams(targets.department));
      await departmentCalendar(get("/x"), slugParams(targets.department));
      await embed(get("/x"), slugParams(targets.department));
    });
  });

  it("a venue page", async () => {
    await expectNoSequentialScans(async () => {
      const { id } = await venue();
      await listUpcomingEvents({ where: heldAt(id) });
      await listPastEvents({ where: heldAt(id), limit: 20 });
    });
  });

  it("the site feed, the site calendar and the JSON API", async () => {
    await expectNoSequentialScans(async () => {
      await siteFeed(get("/feed.xml"), english);
      await eventsCalendar(get("/events.ics"), english);
      await apiList(get("/api/events"));
      await apiList(get("/api/events?zip=06108&radius=25&page=2"));
      await apiEvent(get("/x"), slugParams(targets.event));
    });
  });
});
