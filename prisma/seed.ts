// Demo data: departments and venues in several states, events from four months ago to
// four months ahead of today, comments in every state, recaps with follow-ups in every
// state, and three demo accounts.
// Run it with `npm run db:seed`; the launcher calls seedDemoData on a first start.
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/db/create-client";
import { env } from "../lib/env";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { buildDepartment, buildVenue, createUser, type Db, type VenueRef } from "../tests/factories";
import { DEPARTMENTS, type DepartmentKey } from "./seed-data/departments";
import { insertComments } from "./seed-data/insert-comments";
import { insertEvents, must } from "./seed-data/insert-events";
import { insertRecaps } from "./seed-data/insert-recaps";
import { planDemoEvents } from "./seed-data/schedule";
import { DEMO_USERS, type DemoRole } from "./seed-data/users";
import { DEPARTMENT_STAFF } from "./seed-data/department-staff";
import { VENUES, type VenueKey } from "./seed-data/venues";

export const DEMO_ACCOUNTS: {
  role: "admin" | "staff" | "moderator";
  email: string;
  password: string;
  note: string;
}[] = DEMO_USERS.map((user) => ({
  role: user.role,
  email: user.email,
  password: user.password,
  note: user.isSiteAdmin ? "site admin" : user.memberships.map(describeMembership).join(", "),
}));

function describeMembership(membership: (typeof DEMO_USERS)[number]["memberships"][number]): string {
  const department = must(
    DEPARTMENTS.find((d) => d.slug === membership.department),
    `department ${membership.department}`,
  );
  return `${membership.role === "STAFF" ? "staff" : "moderator"} of ${department.name}`;
}

/** Any number that the seed alone uses, so two first starts cannot both seed. */
const SEED_LOCK = 7_103_200_514;

/** Seeds an empty database; a database that already has departments is left alone. */
export async function seedDemoData(prisma: PrismaClient, options: { now?: Date } = {}): Promise<void> {
  await seedDemoDataIfEmpty(prisma, options);
}

/** True when it seeded, false when the database already had data. */
export async function seedDemoDataIfEmpty(prisma: PrismaClient, { now = new Date() }: { now?: Date } = {}) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT 1 FROM pg_advisory_xact_lock(${SEED_LOCK})`);
      if ((await tx.department.count()) > 0) return false;
      await insertDemoData(tx, now);
      return true;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function insertDemoData(db: Db, now: Date): Promise<void> {
  const departments = await db.department.createManyAndReturn({
    data: DEPARTMENTS.map((department) => buildDepartment(department)),
    select: { id: true, slug: true },
  });
  const departmentIds = new Map(departments.map((d) => [d.slug as DepartmentKey, d.id]));

  const venues = await db.venue.createManyAndReturn({
    data: VENUES.map(({ key: _key, ...venue }) => buildVenue(venue)),
    select: { id: true, slug: true, name: true, timeZone: true },
  });
  const venueRefs = new Map<VenueKey, VenueRef>(
    VENUES.map((seed) => [
      seed.key,
      must(
        venues.find((v) => v.slug === seed.slug),
        `venue ${seed.slug}`,
      ),
    ]),
  );

  const users = new Map<DemoRole, string>();
  for (const seed of DEMO_USERS) {
    const user = await createUser(db, {
      email: seed.email,
      name: seed.name,
      password: seed.password,
      isSiteAdmin: seed.isSiteAdmin,
      memberships: seed.memberships.map((m) => ({
        departmentId: must(departmentIds.get(m.department), `department ${m.department}`),
        role: m.role,
      })),
    });
    users.set(seed.role, user.id);
  }

  for (const staff of DEPARTMENT_STAFF) {
    await createUser(db, {
      email: staff.email,
      name: staff.name,
      password: null,
      memberships: [
        { departmentId: must(departmentIds.get(staff.department), staff.department), role: "STAFF" },
      ],
    });
  }

  const events = await insertEvents(db, planDemoEvents(now), {
    departments: departmentIds,
    venues: venueRefs,
    now,
  });
  await insertComments(db, { events, departments: departmentIds, users, now });
  await insertRecaps(db, { events, now });
}

async function main(): Promise<void> {
  const prisma = createPrismaClient(env().DATABASE_URL, 2);
  try {
    const seeded = await seedDemoDataIfEmpty(prisma);
    if (!seeded) {
      console.log("The database already has departments: nothing was seeded.");
      return;
    }
    console.log("Demo data seeded. Demo accounts (for local use only):");
    for (const account of DEMO_ACCOUNTS) {
      console.log(
        `  ${account.role.padEnd(9)}  ${account.email.padEnd(36)}  ${account.password.padEnd(24)}  ${account.note}`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
