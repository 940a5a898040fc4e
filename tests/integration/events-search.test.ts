import { describe, expect, it } from "vitest";
import { testPrisma } from "../support/db";
import { atLocalTime, createDepartment, createEvent, createVenue } from "../factories";
import { searchEvents } from "@/lib/events/search";
import { parseSearch } from "@/lib/events/search-params";
import { milesBetween } from "@/lib/geo/distance";
import { placeForZip } from "@/lib/geo/zip";

const db = testPrisma();
const NOW = new Date("2026-11-21T15:00:00Z"); // Saturday 10:00 in Hartford
const CT = { state: "CT", timeZone: "America/New_York" };
const hartfordArea = [
  {
    name: "Dunkin' Silver Lane",
    city: "East Hartford",
    latitude: 41.7682,
    longitude: -72.6215,
    postalCode: "06108",
  },
  {
    name: "Bean Café Main St",
    city: "Hartford",
    latitude: 41.7629,
    longitude: -72.6741,
    postalCode: "06103",
  },
  {
    name: "Coffee Bar Wethersfield",
    city: "Wethersfield",
    latitude: 41.7143,
    longitude: -72.6526,
    postalCode: "06109",
  },
];
const filters = (query: string) => {
  const request = parseSearch(new URLSearchParams(query));
  expect(request.errors).toEqual({});
  return request.filters;
};
const search = async (query: string, past = false) =>
  (await searchEvents(filters(query), { now: NOW, past })).events;

async function seedHartfordAndVentura() {
  const department = await createDepartment(db, { ...CT, name: "Hartford Police Department" });
  const venues = await Promise.all(
    hartfordArea.map((v) => createVenue(db, { ...CT, streetAddress: "1 Main St", ...v })),
  );
  const ventura = await createVenue(db, {
    name: "Ventura Harbor Coffee",
    city: "Ventura",
    state: "CA",
    postalCode: "93001",
    latitude: 34.2815,
    longitude: -119.2945,
    timeZone: "America/Los_Angeles",
  });
  const events = [];
  for (const venue of [...venues].reverse()) {
    events.push(
      await createEvent(db, { venue, hosts: [department], startsAt: new Date("2026-12-02T14:00:00Z") }),
    );
  }
  const far = await createEvent(db, { venue: ventura, startsAt: new Date("2026-11-25T16:00:00Z") });
  return { department, venues, events, far };
}

describe("event search near a ZIP code", () => {
  it("from 06108 within 10 miles lists Hartford-area events nearest first, with distances, and not Ventura's", async () => {
    const { venues, far } = await seedHartfordAndVentura();
    const found = await search("zip=06108&radius=10");
    expect(found.map((e) => e.venue.name)).toEqual(hartfordArea.map((v) => v.name));
    expect(found.map((e) => e.slug)).not.toContain(far.slug);
    const origin = placeForZip("06108")!;
    found.forEach((event, index) => {
      const expected = milesBetween(origin, venues[index]!);
      expect(event.distanceMiles).toBeCloseTo(expected, 1);
    });
    expect(found.map((e) => e.distanceMiles)).toEqual(
      [...found.map((e) => e.distanceMiles)].sort((a, b) => a! - b!),
    );
  });

  it("a radius excludes events beyond it even when they are inside the bounding box's corner", async () => {
    const { venues } = await seedHartfordAndVentura();
    const origin = placeForZip("06108")!;
    const nearest = milesBetween(origin, venues[0]!);
    const second = milesBetween(origin, venues[1]!);
    expect(nearest).toBeLessThan(5);
    expect(second).toBeLessThan(5);
    const corner = await createVenue(db, {
      ...CT,
      name: "Corner Café",
      latitude: origin.latitude + 0.06,
      longitude: origin.longitude + 0.08,
    });
    expect(milesBetween(origin, corner)).toBeGreaterThan(5);
    await createEvent(db, { venue: corner, startsAt: new Date("2026-12-01T14:00:00Z") });
    const names = (await search("zip=06108&radius=5")).map((e) => e.venue.name);
    expect(names).not.toContain("Corner Café");
  });

  it("searching by coordinates from the browser works like a ZIP code", async () => {
    await seedHartfordAndVentura();
    const found = await search("lat=41.7682&lng=-72.6215&radius=5");
    expect(found[0]?.venue.name).toBe("Dunkin' Silver Lane");
    expect(found[0]?.distanceMiles).toBeLessThan(0.01);
  });

  it("an unknown or malformed ZIP code gives a message and keeps what was typed", () => {
    const unknown = parseSearch(new URLSearchParams("zip=00000&radius=10"));
    expect(unknown.errors.zip).toMatch(/could not find ZIP code 00000/);
    expect(unknown.values.zip).toBe("00000");
    expect(unknown.filters.near).toBeUndefined();
    expect(parseSearch(new URLSearchParams("zip=61o8")).errors.zip).toMatch(/5-digit/);
    expect(parseSearch(new URLSearchParams("zip=06108-2907")).filters.near?.label).toBe(
      "06108 (East Hartford, CT)",
    );
    expect(parseSearch(new URLSearchParams("zip=06108&radius=7")).errors.radius).toMatch(
      /5, 10, 25, 50, 100, 250, 500/,
    );
  });
});

describe("event search filters", () => {
  it("filters by department, format, language and free text over title, description, venue and city", async () => {
    const { department } = await seedHartfordAndVentura();
    const other = await createDepartment(db, CT);
    const venue = await createVenue(db, { ...CT, name: "Library Annex", city: "Newington" });
    const cone = await createEvent(db, {
      venue,
      hosts: [other],
      format: "CONE_WITH_A_COP",
      languages: ["en", "es"],
      title: "Ice cream social",
      description: "Scoops on the green.",
      startsAt: new Date("2026-12-05T18:00:00Z"),
    });
    expect((await search(`department=${other.slug}`)).map((e) => e.slug)).toEqual([cone.slug]);
    expect((await search(`department=${department.slug}`)).length).toBe(3);
    expect((await search("format=CONE_WITH_A_COP")).map((e) => e.slug)).toEqual([cone.slug]);
    expect((await search("language=es")).map((e) => e.slug)).toEqual([cone.slug]);
    for (const text of ["ice cream", "SCOOPS", "library annex", "newington"]) {
      expect((await search(`q=${encodeURIComponent(text)}`)).map((e) => e.slug)).toEqual([cone.slug]);
    }
    expect(await search("q=100%25")).toEqual([]);
  });

  it("date ranges follow each event's own local calendar: today, next 7 days, next 30 days, custom", async () => {
    const venue = await createVenue(db, CT);
    const department = await createDepartment(db, CT);
    const pacific = await createVenue(db, {
      state: "CA",
      timeZone: "America/Los_Angeles",
      latitude: 34.28,
      longitude: -119.29,
    });
    const at = (day: string, time = "08:00", place = venue) =>
      createEvent(db, {
        venue: place,
        hosts: [department],
        startsAt: atLocalTime(day, time, place.timeZone),
      });
    const today = await at("2026-11-21", "18:00");
    // 23:30 on the 21st in Ventura is already the 22nd in Hartford: still "today" there.
    const lateInVentura = await at("2026-11-21", "23:30", pacific);
    const sixDaysOn = await at("2026-11-27", "20:00");
    const sevenDaysOn = await at("2026-11-28");
    const twentyNineDaysOn = await at("2026-12-20");
    await at("2026-12-21");
    const slugs = async (query: string) =>
      (await search(`${query}&department=${department.slug}`)).map((e) => e.slug);
    expect(await slugs("when=today")).toEqual([today.slug, lateInVentura.slug]);
    expect(await slugs("when=week")).toEqual([today.slug, lateInVentura.slug, sixDaysOn.slug]);
    expect(await slugs("when=month")).toEqual([
      today.slug,
      lateInVentura.slug,
      sixDaysOn.slug,
      sevenDaysOn.slug,
      twentyNineDaysOn.slug,
    ]);
    expect(await slugs("when=custom&from=2026-11-27&to=2026-11-28")).toEqual([
      sixDaysOn.slug,
      sevenDaysOn.slug,
    ]);
    expect(await slugs("from=2026-12-20&to=2026-12-20")).toEqual([twentyNineDaysOn.slug]);
    expect(parseSearch(new URLSearchParams("from=2026-12-05&to=2026-12-01")).errors.to).toMatch(
      /on or after/,
    );
  });

  it("never returns drafts, and pages hold twenty events with a stable order and a total", async () => {
    const venue = await createVenue(db, CT);
    const department = await createDepartment(db, CT);
    await createEvent(db, {
      venue,
      hosts: [department],
      status: "DRAFT",
      startsAt: new Date("2026-11-30T14:00:00Z"),
    });
    for (let day = 0; day < 23; day++) {
      await createEvent(db, {
        venue,
        hosts: [department],
        startsAt: new Date(Date.UTC(2026, 11, 1 + day, 14)),
      });
    }
    const first = await searchEvents(filters(`department=${department.slug}`), { now: NOW });
    const second = await searchEvents(filters(`department=${department.slug}`), { now: NOW, page: 2 });
    expect([first.total, first.pageCount, first.events.length, second.events.length]).toEqual([23, 2, 20, 3]);
    expect(second.events[0]!.startsAt.getTime()).toBeGreaterThan(first.events[19]!.startsAt.getTime());
    const beyond = await searchEvents(filters(`department=${department.slug}`), { now: NOW, page: 9 });
    expect([beyond.events.length, beyond.total]).toEqual([0, 23]);
  });

  it("the past archive lists ended events, latest first", async () => {
    const venue = await createVenue(db, CT);
    const department = await createDepartment(db, CT);
    const older = await createEvent(db, {
      venue,
      hosts: [department],
      startsAt: new Date("2026-10-07T13:00:00Z"),
    });
    const recent = await createEvent(db, {
      venue,
      hosts: [department],
      startsAt: new Date("2026-11-18T13:00:00Z"),
    });
    await createEvent(db, { venue, hosts: [department], startsAt: new Date("2026-12-18T13:00:00Z") });
    expect((await search(`department=${department.slug}`, true)).map((e) => e.slug)).toEqual([
      recent.slug,
      older.slug,
    ]);
  });
});

describe("impossible input in a search", () => {
  it("an impossible date (31 February, month 13) is a message next to that date field, keeping what was typed", () => {
    const february = parseSearch(new URLSearchParams("when=custom&from=2026-02-31&to=2026-03-01"));
    expect(february.errors).toEqual({
      from: "2026-02-31 is not a day on the calendar: check the month (01 to 12) and the day.",
    });
    expect(february.values.from).toBe("2026-02-31");
    expect(february.filters.from).toBeUndefined();
    const month13 = parseSearch(new URLSearchParams("when=custom&from=2026-13-01"));
    expect(month13.errors.from).toMatch(/^2026-13-01 is not a day on the calendar/);
    expect(parseSearch(new URLSearchParams("to=2026-04-31")).errors.to).toMatch(/^2026-04-31 is not a day/);
    expect(parseSearch(new URLSearchParams("from=2028-02-29")).errors).toEqual({});
    expect(parseSearch(new URLSearchParams("from=2027-02-29")).errors.from).toMatch(/not a day/);
  });

  it("real dates at the edges of months and leap years search without error", async () => {
    await seedHartfordAndVentura();
    for (const query of [
      "from=2026-12-31&to=2026-12-31",
      "from=2028-02-29",
      "from=2026-11-30&to=2027-01-31",
    ]) {
      await expect(search(query)).resolves.toBeInstanceOf(Array);
    }
  });

  it("a NUL byte in the search words is a message next to the field, not a database error", () => {
    const request = parseSearch(new URLSearchParams("q=coffee%00shop"));
    expect(request.errors.q).toMatch(/invisible control character/);
    expect(request.values.q).toBe("coffee\u0000shop");
    expect(request.filters.text).toBeUndefined();
  });
});
