// Issue 14: an empty near-me search names the nearest event and the radius that reaches
// it, and the home page names the nearest few events to a remembered ZIP code.
import { describe, expect, it } from "vitest";
import { testPrisma } from "../support/db";
import { createEvent, createVenue } from "../factories";
import { findNearestEvents } from "@/lib/events/nearest";
import { homeNearAnswer } from "@/lib/events/nearest-api";
import { searchEvents } from "@/lib/events/search";
import { parseSearch } from "@/lib/events/search-params";
import { milesBetween } from "@/lib/geo/distance";
import { placeForZip } from "@/lib/geo/zip";
import { RADIUS_CHOICES } from "@/lib/geo/distances";

const db = testPrisma();
const MOUNTAIN = { state: "CO", timeZone: "America/Denver" };
const CT = { state: "CT", timeZone: "America/New_York" };

function nearFilters(query: string) {
  const request = parseSearch(new URLSearchParams(query));
  expect(request.errors).toEqual({});
  const near = request.filters.near!;
  return { ...request.filters, near };
}

async function seedFortCollinsAndHartford() {
  const fortCollins = await createVenue(db, {
    ...MOUNTAIN,
    name: "Old Town Coffee",
    city: "Fort Collins",
    postalCode: "80524",
    latitude: 40.5887,
    longitude: -105.0766,
  });
  const hartford = await createVenue(db, {
    ...CT,
    name: "Dunkin' Silver Lane",
    city: "East Hartford",
    postalCode: "06108",
    latitude: 41.7682,
    longitude: -72.6215,
  });
  const coloradoEvent = await createEvent(db, { venue: fortCollins });
  const connecticutEvent = await createEvent(db, { venue: hartford });
  return { fortCollins, hartford, coloradoEvent, connecticutEvent };
}

describe("the nearest event past an empty search's radius", () => {
  it("from Montana ZIP 59001 within 5 miles: Fort Collins, about 400 miles away, reached by a 500-mile search", async () => {
    const { fortCollins, coloradoEvent } = await seedFortCollinsAndHartford();
    const filters = nearFilters("zip=59001&radius=5");
    expect((await searchEvents(filters)).events).toEqual([]);

    const { events, radiusMiles } = await findNearestEvents(filters, { beyondMiles: 5 });
    expect(events).toHaveLength(1);
    expect(events[0]!.venue.city).toBe("Fort Collins");
    const expected = milesBetween(placeForZip("59001")!, fortCollins);
    expect(events[0]!.distanceMiles).toBeCloseTo(expected, 1);
    expect(expected).toBeGreaterThan(250);
    expect(radiusMiles).toBe(500);

    const widened = await searchEvents(nearFilters("zip=59001&radius=500"));
    expect(widened.events.map((e) => e.slug)).toContain(coloradoEvent.slug);
  });

  it("offers the smallest radius that reaches it, and keeps the search's other filters", async () => {
    await seedFortCollinsAndHartford();
    const newHaven = await createVenue(db, {
      ...CT,
      city: "New Haven",
      latitude: 41.3083,
      longitude: -72.9279,
    });
    const cone = await createEvent(db, { venue: newHaven, format: "CONE_WITH_A_COP" });
    // From Vernon (06066): the East Hartford coffee is nearer, but this is a search for cones.
    const { events, radiusMiles } = await findNearestEvents(
      nearFilters("zip=06066&radius=5&format=CONE_WITH_A_COP"),
      { beyondMiles: 5 },
    );
    expect(events.map((e) => e.slug)).toEqual([cone.slug]);
    const miles = milesBetween(placeForZip("06066")!, newHaven);
    expect(radiusMiles).toBe(RADIUS_CHOICES.find((choice) => choice >= miles));
    expect(radiusMiles).toBeGreaterThan(5);
  });

  it("finds nothing past the widest radius a search offers", async () => {
    await seedFortCollinsAndHartford();
    // Honolulu: every seeded venue is thousands of miles away.
    const { events, radiusMiles } = await findNearestEvents(nearFilters("zip=96813&radius=25"), {
      beyondMiles: 25,
    });
    expect(events).toEqual([]);
    expect(radiusMiles).toBeNull();
  });
});

describe("the home page's nearest events to a remembered ZIP code", () => {
  it("names the next event at each of the three nearest places, nearest first, worded in Spanish", async () => {
    // Around Madison, Wisconsin (ZIP 53703), where no other test of this file puts a venue.
    const WI = { state: "WI", timeZone: "America/Chicago" };
    const at = (city: string, latitude: number, longitude: number) =>
      createVenue(db, { ...WI, city, latitude, longitude });
    const capitol = await at("Madison", 43.0747, -89.3842);
    const middleton = await at("Middleton", 43.0972, -89.5043);
    const sunPrairie = await at("Sun Prairie", 43.1836, -89.2137);
    const janesville = await at("Janesville", 42.6828, -89.0187);
    await createEvent(db, { venue: janesville });
    await createEvent(db, { venue: sunPrairie, titleEs: "Café en Sun Prairie" });
    await createEvent(db, { venue: middleton });
    await createEvent(db, { venue: capitol });
    // A monthly series at the nearest venue: the home page names three places, not one place's dates.
    for (let month = 1; month <= 12; month++) {
      await createEvent(db, {
        venue: capitol,
        startsAt: new Date(Date.now() + month * 30 * 24 * 60 * 60_000),
      });
    }

    const answer = (await homeNearAnswer("53703", "es"))!;
    expect(answer.heading).toBe("Lo más cercano a 53703 (Madison, WI)");
    expect(answer.events.map((e) => e.place.split(", ")[1])).toEqual(["Madison", "Middleton", "Sun Prairie"]);
    const miles = answer.events.map((e) => Number(/([\d.]+) millas/.exec(e.distance)?.[1]));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(answer.events[1]!.distance).toMatch(/^A \d+\.\d millas$/);
    expect(answer.events[2]!.title).toBe("Café en Sun Prairie");
    expect(answer.events[2]!.lang).toBeUndefined();
    expect(answer.events[0]!.lang).toBe("en");
    expect(answer.events.every((e) => e.href.startsWith("/es/events/"))).toBe(true);
    expect(answer.more.href).toBe("/es/events?zip=53703&radius=25");
    expect(answer.more.text).toBe("Todos los eventos a menos de 25 millas de 53703");
    expect(answer.empty).toBeNull();
  });

  it("says so when nothing is within 500 miles, and answers null for an unknown ZIP code", async () => {
    await seedFortCollinsAndHartford();
    const answer = (await homeNearAnswer("96813", "en"))!;
    expect(answer.events).toEqual([]);
    expect(answer.empty).toMatch(/No upcoming events within 500 miles of 96813/);
    expect(await homeNearAnswer("00000", "en")).toBeNull();
  });
});
