// Who may edit a venue: its owner department's staff and site admins. Departments that
// merely hold events there use it but cannot change it (docs/decisions/0008).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { UpdateVenueSchema } from "@/lib/venues/schemas";
import { getVenueForEditing } from "@/lib/venues/queries";
import { updateVenue } from "@/lib/venues/update-venue";
import { listVenuesForStaff } from "@/lib/venues/queries";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { CreateEventSchema } from "@/lib/events/schemas";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Department, Venue } from "@/lib/generated/prisma/client";
import { eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let owner: Department, user: Department, venue: Venue;
let admin: CurrentUser, ownerStaff: CurrentUser, userStaff: CurrentUser, ownerModerator: CurrentUser;

beforeAll(async () => {
  [owner, user] = [await createDepartment(db), await createDepartment(db)];
  venue = await createVenue(db, { ownerDepartmentId: owner.id });
  admin = await signedInUser({ isSiteAdmin: true });
  ownerStaff = await signedInUser({ memberships: [{ departmentId: owner.id, role: "STAFF" }] });
  userStaff = await signedInUser({ memberships: [{ departmentId: user.id, role: "STAFF" }] });
  ownerModerator = await signedInUser({ memberships: [{ departmentId: owner.id, role: "MODERATOR" }] });
  // The other department holds an event there: using the venue must grant nothing.
  await createEvent(db, { venue, hosts: [user] });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const refusalsLogged = () =>
  vi.mocked(console.warn).mock.calls.filter(([tag]) => tag === "[authz] refused").length;

function venueForm(values: Record<string, string>) {
  const data = new FormData();
  const fields = {
    venueId: venue.id,
    venueName: venue.name,
    streetAddress: venue.streetAddress,
    city: venue.city,
    state: venue.state,
    postalCode: venue.postalCode,
    latitude: String(venue.latitude),
    longitude: String(venue.longitude),
    ...values,
  };
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** View the edit page, rename, move the pin: what each caller gets (200 or the refusal's status). */
async function tryEverything(caller: CurrentUser | null) {
  const outcome = async (run: () => Promise<unknown>) => {
    const result = (await run().catch((e: { status?: number }) => ({ status: "error", code: e.status }))) as {
      status?: string;
      code?: number;
    };
    return result.status === "error" ? result.code : 200;
  };
  return {
    view: await outcome(() => getVenueForEditing(caller, venue.id)),
    rename: await outcome(() =>
      handleForm(UpdateVenueSchema, updateVenue, caller, venueForm({ venueName: `Renamed ${Date.now()}` })),
    ),
    movePin: await outcome(() =>
      handleForm(UpdateVenueSchema, updateVenue, caller, venueForm({ latitude: "41.5", longitude: "-72.5" })),
    ),
  };
}

describe("who may edit a venue", () => {
  it("staff of a department that merely holds events there cannot view its edit page, rename it or move its pin", async () => {
    const before = await db.venue.findUniqueOrThrow({ where: { id: venue.id } });
    const logged = refusalsLogged();
    expect(await tryEverything(userStaff)).toEqual({ view: 403, rename: 403, movePin: 403 });
    expect(refusalsLogged() - logged).toBe(3);
    expect(await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).toEqual(before);
  });

  it("a draft of your own at another department's venue does not open that venue to you", async () => {
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      userStaff,
      eventForm({ leadDepartmentId: user.id, venueId: venue.id, intent: "draft" }),
    );
    expect(outcome.status).toBe("ok");
    await expect(getVenueForEditing(userStaff, venue.id)).rejects.toMatchObject({ status: 403 });
  });

  it("a moderator of the owner department and anonymous visitors are refused too, and each refusal is logged", async () => {
    const logged = refusalsLogged();
    expect(await tryEverything(ownerModerator)).toEqual({ view: 403, rename: 403, movePin: 403 });
    expect(await tryEverything(null)).toEqual({ view: 401, rename: 401, movePin: 401 });
    // The wrapper refuses anonymous form posts before the guard; both log.
    expect(refusalsLogged() - logged).toBe(6);
  });

  it("staff of the owner department and site admins may view, rename and move the pin, and each change is audited", async () => {
    expect(await tryEverything(ownerStaff)).toEqual({ view: 200, rename: 200, movePin: 200 });
    expect(await tryEverything(admin)).toEqual({ view: 200, rename: 200, movePin: 200 });
    expect(await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).toMatchObject({
      latitude: 41.5,
      longitude: -72.5,
    });
    const entries = await db.auditLog.findMany({ where: { entityId: venue.id, action: "venue.updated" } });
    expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([ownerStaff.id, admin.id]));
  });

  it("a venue without an owner department is for site admins only", async () => {
    const orphan = await createVenue(db, { ownerDepartmentId: null });
    await createEvent(db, { venue: orphan, hosts: [owner] });
    await expect(getVenueForEditing(ownerStaff, orphan.id)).rejects.toMatchObject({ status: 403 });
    await expect(getVenueForEditing(admin, orphan.id)).resolves.toMatchObject({ id: orphan.id });
  });

  it("an unknown venue is refused like a forbidden one, so ids reveal nothing", async () => {
    await expect(getVenueForEditing(ownerStaff, "no-such-venue")).rejects.toMatchObject({ status: 403 });
  });
});

describe("who owns a venue", () => {
  it("a venue typed into the event form belongs to the department posting the event", async () => {
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      userStaff,
      eventForm({
        leadDepartmentId: user.id,
        venueId: "new",
        venueName: `Corner Café ${Date.now()}`,
        streetAddress: "12 Main St.",
        city: "East Hartford",
        state: "CT",
        postalCode: "06108",
        timeZone: "America/New_York",
        intent: "draft",
      }),
    );
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    const created = await db.venue.findUniqueOrThrow({ where: { id: outcome.result.venueId } });
    expect(created.ownerDepartmentId).toBe(user.id);
    await expect(getVenueForEditing(userStaff, created.id)).resolves.toMatchObject({ id: created.id });
  });

  it("the admin venues list marks which venues the staff member can edit", async () => {
    const listed = await listVenuesForStaff(userStaff);
    const row = listed.find((v) => v.id === venue.id);
    expect(row).toMatchObject({ canEdit: false, ownerDepartment: { name: owner.name } });
    expect((await listVenuesForStaff(ownerStaff)).find((v) => v.id === venue.id)).toMatchObject({
      canEdit: true,
    });
    const stranger = await signedInUser({
      memberships: [{ departmentId: (await createDepartment(db)).id, role: "STAFF" }],
    });
    expect((await listVenuesForStaff(stranger)).map((v) => v.id)).not.toContain(venue.id);
  });

  it("the migration gives each existing venue to the earliest department that held an event or series there", async () => {
    const [first, second] = [await createDepartment(db), await createDepartment(db)];
    const used = await createVenue(db, { ownerDepartmentId: null });
    const unused = await createVenue(db, { ownerDepartmentId: null });
    await createEvent(db, {
      venue: used,
      hosts: [second, first],
      createdAt: new Date("2026-03-01T00:00:00Z"),
    });
    await createEvent(db, { venue: used, hosts: [first], createdAt: new Date("2026-03-02T00:00:00Z") });
    await db.venue.updateMany({ data: { ownerDepartmentId: null } });
    const migration = readFileSync(
      path.resolve(
        import.meta.dirname,
        "../../prisma/migrations/20261127170000_venue_owners_and_cohost_invitations/migration.sql",
      ),
      "utf8",
    );
    const backfill = migration.slice(migration.indexOf("-- Backfill:"));
    await db.$executeRawUnsafe(backfill);
    const owners = await db.venue.findMany({
      where: { id: { in: [used.id, unused.id, venue.id] } },
      select: { id: true, ownerDepartmentId: true },
    });
    expect(Object.fromEntries(owners.map((v) => [v.id, v.ownerDepartmentId]))).toEqual({
      [used.id]: second.id,
      [unused.id]: null,
      // Its first event was the other department's: the test's own owner was set by hand.
      [venue.id]: user.id,
    });
    await db.venue.update({ where: { id: venue.id }, data: { ownerDepartmentId: owner.id } });
  });
});
