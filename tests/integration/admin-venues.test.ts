import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { UpdateVenueSchema } from "@/lib/venues/schemas";
import { updateVenue } from "@/lib/venues/actions-update";
import { listEditableVenues } from "@/lib/venues/admin-queries";
import { signedInUser } from "./events-admin-helpers";

const db = testPrisma();

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("venues", () => {
  it("staff whose department holds events there may move the map pin; other staff may not", async () => {
    const [mine, theirs] = [await createDepartment(db), await createDepartment(db)];
    const venue = await createVenue(db);
    await createEvent(db, { venue, hosts: [mine] });
    const staff = await signedInUser({ memberships: [{ departmentId: mine.id, role: "STAFF" }] });
    const stranger = await signedInUser({ memberships: [{ departmentId: theirs.id, role: "STAFF" }] });
    const fields = {
      venueId: venue.id,
      venueName: venue.name,
      streetAddress: venue.streetAddress,
      city: venue.city,
      state: venue.state,
      postalCode: venue.postalCode,
      latitude: "41.5601",
      longitude: "-72.6512",
      parkingNotes: "Free lot behind the building",
    };
    expect(await handleForm(UpdateVenueSchema, updateVenue, stranger, form(fields))).toMatchObject({
      status: "error",
      code: 403,
    });
    expect((await listEditableVenues(stranger)).map((v) => v.id)).not.toContain(venue.id);
    expect(await handleForm(UpdateVenueSchema, updateVenue, staff, form(fields))).toMatchObject({
      status: "ok",
    });
    expect(await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).toMatchObject({
      latitude: 41.5601,
      parkingNotes: "Free lot behind the building",
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: venue.id } });
    expect(entry.after).toMatchObject({ latitude: 41.5601 });
  });
});
