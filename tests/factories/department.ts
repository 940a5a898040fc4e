import type { Department, Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "./db";
import { slugify } from "../../lib/text/slug";
import { uniqueSuffix } from "./unique";

export type DepartmentInput = Prisma.DepartmentCreateManyInput;

// Plausible small-town agencies; the unique suffix keeps their slugs apart.
const SAMPLE_AGENCIES = [
  {
    name: "Middletown Police Department",
    city: "Middletown",
    state: "CT",
    timeZone: "America/New_York",
    area: "860",
  },
  {
    name: "Flagstaff Police Department",
    city: "Flagstaff",
    state: "AZ",
    timeZone: "America/Phoenix",
    area: "928",
  },
  {
    name: "San Marcos Police Department",
    city: "San Marcos",
    state: "TX",
    timeZone: "America/Chicago",
    area: "512",
  },
  {
    name: "Greeley Police Department",
    city: "Greeley",
    state: "CO",
    timeZone: "America/Denver",
    area: "970",
  },
  {
    name: "Eureka Police Department",
    city: "Eureka",
    state: "CA",
    timeZone: "America/Los_Angeles",
    area: "707",
  },
] as const;

let sampleIndex = 0;

/** A department row with realistic defaults; pass a slug to keep it stable (the seed does). */
export function buildDepartment(overrides: Partial<DepartmentInput> = {}): DepartmentInput {
  const sample = SAMPLE_AGENCIES[sampleIndex++ % SAMPLE_AGENCIES.length]!;
  const name = overrides.name ?? sample.name;
  return {
    slug: `${slugify(name)}-${uniqueSuffix()}`,
    name,
    kind: "CITY_POLICE",
    city: sample.city,
    state: sample.state,
    timeZone: sample.timeZone,
    website: `https://www.${slugify(sample.city).replace(/-/g, "")}.example.gov/police`,
    phone: `(${sample.area}) 555-01${String(sampleIndex % 100).padStart(2, "0")}`,
    about: `${name} serves the residents of ${sample.city}. Officers meet neighbors over coffee every month.`,
    verifiedDomains: [],
    ...overrides,
  };
}

export function createDepartment(db: Db, overrides: Partial<DepartmentInput> = {}): Promise<Department> {
  return db.department.create({ data: buildDepartment(overrides) });
}
