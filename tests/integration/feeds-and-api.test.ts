import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { testPrisma } from "../support/db";
import {
  atLocalTime,
  createComment,
  createDepartment,
  createEvent,
  createVenue,
  localDateKey,
} from "../factories";
import { GET as eventsCalendar } from "@/app/[locale]/events.ics/route";
import { GET as eventCalendar } from "@/app/[locale]/events/[slug]/event.ics/route";
import { GET as departmentCalendar } from "@/app/[locale]/departments/[slug]/events.ics/route";
import { GET as siteFeed } from "@/app/[locale]/feed.xml/route";
import { GET as departmentFeed } from "@/app/[locale]/departments/[slug]/feed.xml/route";
import { GET as apiList, OPTIONS as apiListPreflight } from "@/app/api/events/route";
import { GET as apiEvent, OPTIONS as apiEventPreflight } from "@/app/api/events/[slug]/route";
import { GET as embed } from "@/app/[locale]/embed/departments/[slug]/route";
import { localTimeOfDay } from "@/lib/time/local";
import { findPublicEvent } from "@/lib/events/queries";
import { eventJsonLd } from "@/lib/feeds/json-ld";
import { googleCalendarUrl } from "@/lib/feeds/google-calendar";

const db = testPrisma();
const site = "http://localhost:3000";
const get = (path: string) => new NextRequest(new URL(path, site));
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug, locale: "en" }) });
const english = { params: Promise.resolve({ locale: "en" }) };

/** 08:00 (or `time`) local, `days` from today on the zone's calendar. */
const inDays = (days: number, zone: string, time = "08:00") =>
  atLocalTime(localDateKey(new Date(Date.now() + days * 86_400_000), zone), time, zone);

type VEvent = { uid: string; summary: string; status: string; start: Date; stamp: boolean; location: string };
function readCalendar(text: string): VEvent[] {
  // RFC 5545: CRLF line endings, lines folded at 75 octets.
  const lines = text.split("\r\n");
  expect(lines.every((line) => !line.includes("\n") && Buffer.byteLength(line) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent").map((v) => ({
    uid: String(v.getFirstPropertyValue("uid")),
    summary: String(v.getFirstPropertyValue("summary")),
    status: String(v.getFirstPropertyValue("status")),
    start: (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    stamp: v.getFirstPropertyValue("dtstamp") !== null,
    location: String(v.getFirstPropertyValue("location")),
  }));
}

async function hartfordAndVentura() {
  const hartfordPd = await createDepartment(db, {
    name: "Hartford Police Department",
    state: "CT",
    timeZone: "America/New_York",
  });
  const venturaPd = await createDepartment(db, {
    name: "Ventura Police Department",
    state: "CA",
    timeZone: "America/Los_Angeles",
  });
  const hartfordCafe = await createVenue(db, {
    name: "Bean Café",
    city: "Hartford",
    state: "CT",
    postalCode: "06103",
    latitude: 41.7629,
    longitude: -72.6741,
    timeZone: "America/New_York",
  });
  const venturaCafe = await createVenue(db, {
    name: "Harbor Coffee",
    city: "Ventura",
    state: "CA",
    postalCode: "93001",
    latitude: 34.2815,
    longitude: -119.2945,
    timeZone: "America/Los_Angeles",
  });
  const hartford = await createEvent(db, {
    venue: hartfordCafe,
    hosts: [hartfordPd],
    title: "Coffee on Main Street",
    startsAt: inDays(5, "America/New_York", "08:30"),
  });
  const cancelled = await createEvent(db, {
    venue: hartfordCafe,
    hosts: [hartfordPd],
    title: "Snowed-out coffee",
    status: "CANCELLED",
    cancellationReason: "Snow emergency.",
    startsAt: inDays(6, "America/New_York"),
  });
  const ventura = await createEvent(db, {
    venue: venturaCafe,
    hosts: [venturaPd],
    title: "Coffee at the Harbor",
    startsAt: inDays(5, "America/Los_Angeles", "07:00"),
  });
  const draft = await createEvent(db, {
    venue: hartfordCafe,
    hosts: [hartfordPd],
    title: "Draft coffee",
    status: "DRAFT",
    startsAt: inDays(7, "America/New_York"),
  });
  return { hartfordPd, venturaPd, hartford, cancelled, ventura, draft };
}

describe("calendars (iCalendar, RFC 5545)", () => {
  it("the near-me calendar from 06108 within 10 miles holds Hartford's events at their local times, not Ventura's", async () => {
    const { hartford, cancelled, ventura, draft } = await hartfordAndVentura();
    const response = await eventsCalendar(get("/events.ics?zip=06108&radius=10"), english);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const events = readCalendar(await response.text());
    const titles = events.map((e) => e.summary);
    expect(titles).toContain(hartford.title);
    expect(titles).toContain(`Cancelled: ${cancelled.title}`);
    expect(titles).not.toContain(ventura.title);
    expect(titles).not.toContain(draft.title);
    const main = events.find((e) => e.summary === hartford.title)!;
    expect(localTimeOfDay(main.start, "America/New_York")).toBe("08:30");
    expect(main.location).toMatch(/^Bean Café, .*, Hartford, CT 06103$/);
    expect(main.uid).toMatch(new RegExp(`^${hartford.id}@`));
    expect(events.every((e) => e.stamp)).toBe(true);
    expect(events.find((e) => e.summary.startsWith("Cancelled"))!.status).toBe("CANCELLED");
    expect(main.status).toBe("CONFIRMED");
  });

  it("one event's .ics reads at the venue's local time; a draft's is a 404", async () => {
    const { ventura, draft } = await hartfordAndVentura();
    const [event] = readCalendar(
      await (await eventCalendar(get(`/events/${ventura.slug}/event.ics`), slugParams(ventura.slug))).text(),
    );
    expect(localTimeOfDay(event!.start, "America/Los_Angeles")).toBe("07:00");
    expect((await eventCalendar(get("/x"), slugParams(draft.slug))).status).toBe(404);
  });

  it("a department's calendar holds only the events it hosts", async () => {
    const { venturaPd, ventura } = await hartfordAndVentura();
    const events = readCalendar(
      await (await departmentCalendar(get("/x"), slugParams(venturaPd.slug))).text(),
    );
    expect(events.map((e) => e.summary)).toEqual([ventura.title]);
  });

  it("the plain site calendar gives every event a UID, DTSTAMP and DTSTART, marks cancellations and never lists a draft", async () => {
    const { hartford, cancelled, ventura, draft } = await hartfordAndVentura();
    const response = await eventsCalendar(get("/events.ics"), english);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await response.text();
    readCalendar(text); // line endings, folding, VERSION and PRODID
    const vevents = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
    expect(vevents.length).toBeGreaterThanOrEqual(3);
    for (const vevent of vevents) {
      expect(String(vevent.getFirstPropertyValue("uid") ?? "")).not.toBe("");
      expect(vevent.hasProperty("dtstamp")).toBe(true);
      expect(vevent.hasProperty("dtstart")).toBe(true);
    }
    const uids = vevents.map((v) => String(v.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    const byEvent = (id: string) =>
      vevents.find((v) => String(v.getFirstPropertyValue("uid")).startsWith(`${id}@`));
    expect(byEvent(cancelled.id)?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(byEvent(hartford.id)?.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(byEvent(ventura.id)).toBeDefined();
    const drafts = await db.event.findMany({ where: { status: "DRAFT" }, select: { id: true } });
    expect(drafts.map((d) => d.id)).toContain(draft.id);
    for (const { id } of drafts) expect(byEvent(id)).toBeUndefined();
    expect(text).not.toContain(draft.title);
  });

  it("an unknown ZIP code in a calendar URL is a 400 that names the field", async () => {
    const response = await eventsCalendar(get("/events.ics?zip=00000"), english);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: { zip: string } } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.fields.zip).toMatch(/00000/);
  });
});

describe("RSS and Atom feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it("the site RSS feed parses and takes the near-me filters", async () => {
    const { hartford, ventura } = await hartfordAndVentura();
    const response = await siteFeed(get("/feed.xml?zip=06108&radius=10"), english);
    expect(response.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml) as {
      rss: {
        channel: { title: string; item: { title: string; link: string }[] | { title: string; link: string } };
      };
    };
    const items = [rss.rss.channel.item].flat();
    expect(rss.rss.channel.title).toMatch(/within 10 miles of 06108/);
    expect(items.map((i) => i.title)).toContain(hartford.title);
    expect(items.map((i) => i.title)).not.toContain(ventura.title);
    expect(items.map((i) => i.link)).toContain(`${site}/events/${hartford.slug}`);
  });

  it("a department's Atom feed parses and lists its events", async () => {
    const { venturaPd, ventura } = await hartfordAndVentura();
    const response = await departmentFeed(get("/x?feed=atom"), slugParams(venturaPd.slug));
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    type Entry = { title: { "#text": string } };
    const atom = parser.parse(await response.text()) as { feed: { entry: Entry | Entry[] } };
    expect([atom.feed.entry].flat().map((e) => e.title["#text"])).toEqual([ventura.title]);
  });

  const RFC_822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
  const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  // Every value as written (no number coercion), attributes kept as "@_name".
  const textParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
  /** An element's text, whether the parser gave a bare string or an object with attributes. */
  const textOf = (node: unknown): string => {
    if (typeof node === "string") return node;
    const text = (node as { "#text"?: unknown } | undefined)?.["#text"];
    return typeof text === "string" ? text : "";
  };

  type RssItem = { title?: unknown; link?: unknown; guid?: unknown; pubDate?: unknown };
  type Rss = {
    rss: { "@_version": string; channel: Record<string, unknown> & { item?: RssItem | RssItem[] } };
  };

  /** Checks the RSS 2.0 shape and returns the items' titles. */
  function expectRss2(xml: string, channelLink: string): string[] {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = textParser.parse(xml) as Rss;
    expect(rss["@_version"]).toBe("2.0");
    expect(textOf(rss.channel.title)).not.toBe("");
    expect(textOf(rss.channel.description)).not.toBe("");
    expect(textOf(rss.channel.link)).toBe(channelLink);
    const items = [rss.channel.item ?? []].flat();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(textOf(item.title)).not.toBe("");
      expect(textOf(item.link)).toMatch(new RegExp(`^${site}/events/[a-z0-9-]+$`));
      expect(textOf(item.guid)).not.toBe("");
      const pubDate = textOf(item.pubDate);
      expect(pubDate).toMatch(RFC_822);
      expect(Number.isNaN(Date.parse(pubDate))).toBe(false);
    }
    const guids = items.map((i) => textOf(i.guid));
    expect(new Set(guids).size).toBe(guids.length);
    return items.map((i) => textOf(i.title));
  }

  type AtomLink = { "@_href"?: string; "@_rel"?: string };
  type AtomEntry = { id?: unknown; title?: unknown; updated?: unknown; link?: AtomLink | AtomLink[] };
  type Atom = { feed: { id?: unknown; title?: unknown; updated?: unknown; entry?: AtomEntry | AtomEntry[] } };

  /** Checks the Atom 1.0 shape and returns the entries' titles. */
  function expectAtom(xml: string, feedId: string): string[] {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = textParser.parse(xml) as Atom;
    // The site feed's id carries its query (e.g. /events?feed=atom); it must name the listing page.
    expect(textOf(feed.id).split("?")[0]).toBe(feedId);
    expect(textOf(feed.title)).not.toBe("");
    expect(textOf(feed.updated)).toMatch(RFC_3339);
    const entries = [feed.entry ?? []].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(textOf(entry.id)).not.toBe("");
      expect(textOf(entry.title)).not.toBe("");
      expect(textOf(entry.updated)).toMatch(RFC_3339);
      expect(Number.isNaN(Date.parse(textOf(entry.updated)))).toBe(false);
      const hrefs = [entry.link ?? []].flat().map((l) => l["@_href"]);
      expect(hrefs).toContainEqual(expect.stringMatching(new RegExp(`^${site}/events/[a-z0-9-]+$`)));
    }
    return entries.map((e) => textOf(e.title));
  }

  it("the site RSS 2.0 feed has a channel title, link and description, and items with a title, link, guid and RFC 822 pubDate", async () => {
    const { hartford, cancelled, ventura, draft } = await hartfordAndVentura();
    const response = await siteFeed(get("/feed.xml"), english);
    expect(response.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    const titles = expectRss2(await response.text(), `${site}/events`);
    expect(titles).toEqual(
      expect.arrayContaining([hartford.title, ventura.title, `Cancelled: ${cancelled.title}`]),
    );
    expect(titles).not.toContain(draft.title);
  });

  it("a department's RSS 2.0 feed has a channel title, link and description, and items with a title, link, guid and RFC 822 pubDate", async () => {
    const { hartfordPd, hartford, cancelled, ventura } = await hartfordAndVentura();
    const response = await departmentFeed(get("/x"), slugParams(hartfordPd.slug));
    expect(response.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    const titles = expectRss2(await response.text(), `${site}/departments/${hartfordPd.slug}`);
    expect(titles.sort()).toEqual([hartford.title, `Cancelled: ${cancelled.title}`].sort());
    expect(titles).not.toContain(ventura.title);
  });

  it("the site and department Atom feeds have an id, title and updated, and entries with an id, title, updated and link href", async () => {
    const { venturaPd, ventura, hartford } = await hartfordAndVentura();
    const siteResponse = await siteFeed(get("/feed.xml?feed=atom"), english);
    expect(siteResponse.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(expectAtom(await siteResponse.text(), `${site}/events`)).toEqual(
      expect.arrayContaining([hartford.title, ventura.title]),
    );
    const departmentResponse = await departmentFeed(get("/x?feed=atom"), slugParams(venturaPd.slug));
    expect(departmentResponse.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(expectAtom(await departmentResponse.text(), `${site}/departments/${venturaPd.slug}`)).toEqual([
      ventura.title,
    ]);
  });
});

describe("public JSON API", () => {
  it("lists events near a ZIP code with distances, CORS-readable, and pages with links", async () => {
    const { hartford, ventura } = await hartfordAndVentura();
    const response = await apiList(get("/api/events?zip=06108&radius=10"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as {
      events: { slug: string; distanceMiles: number; startsAt: string }[];
      total: number;
      links: { next: string | null };
    };
    const slugs = body.events.map((e) => e.slug);
    expect(slugs).toContain(hartford.slug);
    expect(slugs).not.toContain(ventura.slug);
    expect(body.events[0]!.distanceMiles).toBeGreaterThan(2);
    expect(body.events[0]!.startsAt).toMatch(/T08:30:00-0[45]:00$/);
    expect(body.links.next).toBeNull();
  });

  it("never exposes emails, comments, drafts or internal ids", async () => {
    const { hartford, draft } = await hartfordAndVentura();
    await createComment(db, {
      event: hartford,
      status: "PENDING",
      body: "A pending question",
      authorEmail: "resident@example.com",
    });
    await createComment(db, {
      event: hartford,
      status: "APPROVED",
      body: "An approved comment",
      authorEmail: "approved@example.com",
    });
    const detail = await (await apiEvent(get("/x"), slugParams(hartford.slug))).text();
    const list = await (await apiList(get("/api/events?q=Main%20Street"))).text();
    for (const text of [detail, list]) {
      expect(text).not.toMatch(/@example\.com|pending question|approved comment/);
      expect(text).not.toContain(hartford.id);
      expect(text).not.toContain(draft.slug);
    }
    expect(JSON.parse(detail)).toMatchObject({
      event: { slug: hartford.slug, venue: { postalCode: "06103" } },
    });
    const missing = await apiEvent(get("/x"), slugParams(draft.slug));
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      "not_found",
    ]);
  });

  it("answers an invalid filter with a 400 that names each field", async () => {
    const response = await apiList(get("/api/events?radius=7&format=BRUNCH&page=0"));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(["format", "page", "radius"]);
  });

  it("one event's JSON is readable from any origin", async () => {
    const { hartford } = await hartfordAndVentura();
    const response = await apiEvent(get(`/api/events/${hartford.slug}`), slugParams(hartford.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers a CORS preflight on the list and on one event with the allowed origin and methods", () => {
    for (const response of [apiListPreflight(), apiEventPreflight()]) {
      expect([200, 204]).toContain(response.status);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toMatch(/\bGET\b/);
    }
  });

  it("lets browsers read its errors: a 400 for an invalid parameter and a 404 for an unknown slug allow any origin", async () => {
    const invalid = await apiList(get("/api/events?radius=7"));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("access-control-allow-origin")).toBe("*");
    const unknown = await apiEvent(get("/api/events/no-such-event"), slugParams("no-such-event"));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("malformed requests to calendars, feeds and the API", () => {
  it("an impossible date is a 400 naming the field on the API, the calendars and the feeds", async () => {
    const { hartfordPd } = await hartfordAndVentura();
    const responses = [
      await apiList(get("/api/events?when=custom&from=2026-02-31&to=2026-03-01")),
      await eventsCalendar(get("/events.ics?from=2026-13-01"), english),
      await siteFeed(get("/feed.xml?to=2026-04-31"), english),
      await departmentCalendar(get("/x?from=2026-02-30"), slugParams(hartfordPd.slug)),
      await departmentFeed(get("/x?from=2026-02-30"), slugParams(hartfordPd.slug)),
    ];
    const fields = [];
    for (const response of responses) {
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
      fields.push(Object.keys(error.fields));
    }
    expect(fields).toEqual([["from"], ["from"], ["to"], ["from"], ["from"]]);
  });

  it("a NUL byte in the search words is a 400 naming q, not a database error", async () => {
    const response = await apiList(get("/api/events?q=coffee%00"));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields)).toEqual(["q"]);
  });

  it("a slug with a NUL byte, capitals, spaces or a lone surrogate is a 404, never a database error", async () => {
    const { hartford, hartfordPd } = await hartfordAndVentura();
    for (const slug of [
      "\u0000",
      `${hartford.slug}\u0000`,
      hartford.slug.toUpperCase(),
      "a b",
      "\ud800",
      "x".repeat(300),
    ]) {
      expect((await apiEvent(get("/api/events/x"), slugParams(slug))).status).toBe(404);
      expect((await eventCalendar(get("/events/x/event.ics"), slugParams(slug))).status).toBe(404);
      expect((await departmentCalendar(get("/x"), slugParams(slug))).status).toBe(404);
      expect((await departmentFeed(get("/x"), slugParams(slug))).status).toBe(404);
      expect((await embed(get("/x"), slugParams(slug))).status).toBe(404);
    }
    expect((await apiEvent(get("/x"), slugParams(hartford.slug))).status).toBe(200);
    expect((await embed(get("/x"), slugParams(hartfordPd.slug))).status).toBe(200);
  });
});

describe("embeddable widget", () => {
  it("lists the department's upcoming events, may be framed anywhere and runs no script", async () => {
    const { venturaPd, ventura } = await hartfordAndVentura();
    const response = await embed(get("/x?theme=dark"), slugParams(venturaPd.slug));
    const html = await response.text();
    expect(html).toContain(ventura.title);
    expect(html).toContain(`/departments/${venturaPd.slug}`);
    expect(html).not.toContain("<script");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
    expect(html).toMatch(/--bg:#0f172a/);
  });
});

describe("structured data for search engines", () => {
  it("an event's JSON-LD carries the fields Google asks for, with local times and offsets", async () => {
    const { hartford, cancelled } = await hartfordAndVentura();
    const ld = eventJsonLd((await findPublicEvent(hartford.slug))!);
    expect(ld).toMatchObject({
      "@type": "Event",
      name: hartford.title,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Bean Café",
        address: {
          "@type": "PostalAddress",
          addressLocality: "Hartford",
          addressRegion: "CT",
          postalCode: "06103",
          addressCountry: "US",
        },
        geo: { "@type": "GeoCoordinates", latitude: 41.7629, longitude: -72.6741 },
      },
      organizer: [{ "@type": "Organization", name: "Hartford Police Department" }],
    });
    expect(ld.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T08:30:00-0[45]:00$/);
    expect(ld.endDate).toMatch(/^\d{4}-\d{2}-\d{2}T10:00:00-0[45]:00$/);
    expect(eventJsonLd((await findPublicEvent(cancelled.slug))!).eventStatus).toBe(
      "https://schema.org/EventCancelled",
    );
  });

  it("the Google Calendar link carries UTC times and the venue's zone", async () => {
    const { ventura } = await hartfordAndVentura();
    const url = new URL(googleCalendarUrl((await findPublicEvent(ventura.slug))!));
    const stamp = ventura.startsAt.toISOString().replace(/[-:]/g, "").replace(".000", "");
    expect(url.searchParams.get("dates")).toMatch(new RegExp(`^${stamp}/\\d{8}T\\d{6}Z$`));
    expect(url.searchParams.get("ctz")).toBe("America/Los_Angeles");
    expect(url.searchParams.get("location")).toContain("Harbor Coffee");
  });
});

// Last in the file: it adds events near 06108, which the API's paging above counts.
describe("feeds in Spanish", () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it("in Spanish at /es: the channel, the Spanish title staff gave (else the English), Spanish dates and links", async () => {
    const { hartford, cancelled } = await hartfordAndVentura();
    await db.event.update({
      where: { id: hartford.id },
      data: { titleEs: "Café en Main Street", descriptionEs: "Traiga sus preguntas." },
    });
    const spanish = { params: Promise.resolve({ locale: "es" }) };
    const xml = await (await siteFeed(get("/es/feed.xml?zip=06108&radius=10"), spanish)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml) as {
      rss: {
        channel: {
          title: string;
          language: string;
          item: { title: string; link: string; description: string }[];
        };
      };
    };
    expect(rss.rss.channel.title).toBe(
      "Eventos de Coffee with a Cop a menos de 10 millas de 06108 (East Hartford, CT)",
    );
    expect(rss.rss.channel.language).toBe("es");
    const item = rss.rss.channel.item.find((i) => i.title === "Café en Main Street")!;
    expect(item.link).toMatch(new RegExp(`/es/events/${hartford.slug}$`));
    expect(item.description).toMatch(
      /de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d, .* hora del Este/,
    );
    expect(item.description).toContain("Organizado por");
    expect(item.description).toContain("Traiga sus preguntas.");
    expect(rss.rss.channel.item.map((i) => i.title)).toContain(`Cancelado: ${cancelled.title}`);

    const department = await db.department.findFirstOrThrow({
      where: { hostedEvents: { some: { eventId: hartford.id } } },
      select: { slug: true },
    });
    const widget = await (
      await embed(get("/es/embed/departments/x"), {
        params: Promise.resolve({ slug: department.slug, locale: "es" }),
      })
    ).text();
    expect(widget).toContain('<html lang="es">');
    expect(widget).toContain("Coffee with a Cop: próximos eventos");
    expect(widget).toContain(">Café en Main Street</a>");
    expect(widget).toMatch(/<a href="[^"]*\/es\/events\/[^"]*"[^>]* lang="en">/); // an English-only title, marked

    const calendar = readCalendar(
      await (await eventsCalendar(get("/es/events.ics?zip=06108&radius=10"), spanish)).text(),
    );
    expect(calendar.map((e) => e.summary)).toContain("Café en Main Street");
  });

  it("a filtered feed's self links carry its query (RSS and Atom)", async () => {
    const rss = await (await siteFeed(get("/feed.xml?zip=06108&radius=10"), english)).text();
    expect(rss).toMatch(/<atom:link href="[^"]*\/feed\.xml\?zip=06108&amp;radius=10" rel="self"/);
    const atom = await (await siteFeed(get("/feed.xml?zip=06108&radius=10&feed=atom"), english)).text();
    expect(atom).toMatch(/<link rel="self" href="[^"]*\/feed\.xml\?zip=06108&amp;radius=10&amp;feed=atom"/);
  });
});
