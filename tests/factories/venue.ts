import type { Prisma, Venue } from "../../lib/generated/prisma/client";
import type { Db } from "./db";
import { slugify } from "../../lib/text/slug";
import { uniqueSuffix } from "./unique";

export type VenueInput = Prisma.VenueCreateManyInput;

const SAMPLE_VENUES = [
  {
    name: "Main Street Coffee House",
    streetAddress: "112 Main St.",
    city: "Middletown",
    state: "CT",
    postalCode: "06457",
    latitude: 41.5623,
    longitude: -72.6506,
    timeZone: "America/New_York",
  },
  {
    name: "Route 66 Diner & Coffee",
    streetAddress: "18 E. Route 66",
    city: "Flagstaff",
    state: "AZ",
    postalCode: "86001",
    latitude: 35.1983,
    longitude: -111.6513,
    timeZone: "America/Phoenix",
  },
  {
    name: "Courthouse Square Café",
    streetAddress: "140 N. LBJ Dr.",
    city: "San Marcos",
    state: "TX",
    postalCode: "78666",
    latitude: 29.8833,
    longitude: -97.9414,
    timeZone: "America/Chicago",
  },
] as const;

let sampleIndex = 0;

/** A venue row with realistic defaults; pass a slug to keep it stable (the seed does). */
export function buildVenue(overrides: Partial<VenueInput> = {}): VenueInput {
  const sample = SAMPLE_VENUES[sampleIndex++ % SAMPLE_VENUES.length]!;
  const name = overrides.name ?? sample.name;
  return {
    ...sample,
    name,
    slug: `${slugify(name)}-${uniqueSuffix()}`,
    accessibilityNotes: null,
    parkingNotes: null,
    ...overrides,
  };
}

export function createVenue(db: Db, overrides: Partial<VenueInput> = {}): Promise<Venue> {
  return db.venue.create({ data: buildVenue(overrides) });
}
