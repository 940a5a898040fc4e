// A venue typed into the event form that the site already has is offered instead of
// silently made twice (the demo once had three "Riverside Diner" venues).
import { beforeAll, describe, expect, it } from "vitest";
import { createDepartment, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { CreateEventSchema, UpdateEventSchema } from "@/lib/events/schemas";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { UpdateVenueSchema } from "@/lib/venues/schemas";
import { updateVenue } from "@/lib/venues/update-venue";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Department, Venue } from "@/lib/generated/prisma/client";
import { eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let department: Department, staff: CurrentUser, diner: Venue;

beforeAll(async () => {
  department = await createDepartment(db, { timeZone: "America/New_York" });
  staff = await signedInUser({ memberships: [{ departmentId: department.id, role: "STAFF" }] });
  diner = await createVenue(db, {
    name: "Riverside Diner",
    streetAddress: "400 Main Street",
    city: "East Hartford",
    state: "CT",
    postalCode: "06118",
    timeZone: "America/New_York",
  });
});

/** The diner typed again, a little differently, as a new venue. */
const typedAgain = (extra: Record<string, string> = {}) =>
  eventForm({
    leadDepartmentId: department.id,
    title: `Coffee at the diner ${Math.random()}`,
    venueId: "new",
    venueName: "riverside  DINER",
    streetAddress: "400 Main St.",
    city: "east hartford",
    state: "CT",
    postalCode: "06118",
    timeZone: "America/New_York",
    ...extra,
  });

const dinerCount = () => db.venue.count({ where: { postalCode: "06118", state: "CT" } });

describe("a new venue that already exists", () => {
  it("is not created: the form comes back naming the venue found, next to the name, with all that was typed", async () => {
    const before = await dinerCount();
    const outcome = await handleForm(CreateEventSchema, createEventAsStaff, staff, typedAgain());
    expect(outcome).toMatchObject({
      status: "error",
      code: 409,
      fieldErrors: {
        venueName: [
          "A venue with this name and address exists: Riverside Diner, 400 Main Street, East Hartford, CT 06118. Use it, or create a new one anyway.",
        ],
      },
      values: {
        venueName: "riverside  DINER",
        streetAddress: "400 Main St.",
        sameVenueOffer: diner.id,
        sameVenueOfferLine: "Riverside Diner, 400 Main Street, East Hartford, CT 06118",
      },
    });
    expect(await dinerCount()).toBe(before);
  });

  it("is used when the person chooses it: the event is held there and no venue is added", async () => {
    const before = await dinerCount();
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      typedAgain({ sameVenue: diner.id }),
    );
    if (outcome.status !== "ok") throw new Error(JSON.stringify(outcome));
    expect(outcome.result.venueId).toBe(diner.id);
    expect(await dinerCount()).toBe(before);
  });

  it("is created anyway when the person says it is a different place", async () => {
    const before = await dinerCount();
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      typedAgain({ sameVenue: "new" }),
    );
    if (outcome.status !== "ok") throw new Error(JSON.stringify(outcome));
    expect(outcome.result.venueId).not.toBe(diner.id);
    expect(await dinerCount()).toBe(before + 1);
  });

  it("asks again when the id sent is not the venue that matches (a stale or forged choice)", async () => {
    const elsewhere = await createVenue(db, { state: "CT" });
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      typedAgain({ sameVenue: elsewhere.id }),
    );
    expect(outcome).toMatchObject({ status: "error", values: { sameVenueOffer: diner.id } });
  });

  it("is offered when editing an event too, and a venue with another address is simply created", async () => {
    const created = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staff,
      typedAgain({ venueName: "Riverside Diner", streetAddress: "12 Elm Street", postalCode: "06108" }),
    );
    if (created.status !== "ok") throw new Error(JSON.stringify(created));
    expect(created.result.venueId).not.toBe(diner.id);
    const edit = typedAgain({ eventId: created.result.id, coHostIds: department.id });
    const again = await handleForm(UpdateEventSchema, updateEvent, staff, edit);
    expect(again).toMatchObject({ status: "error", values: { sameVenueOffer: diner.id } });
  });

  it("is named when a venue is edited into another's name and address, and saved only once the person says so", async () => {
    const own = await createVenue(db, {
      ownerDepartmentId: department.id,
      state: "CT",
      city: "East Hartford",
    });
    const renamed = (extra: Record<string, string> = {}) => {
      const data = new FormData();
      const fields = {
        venueId: own.id,
        venueName: "Riverside Diner",
        streetAddress: "400 Main St",
        city: "East Hartford",
        state: "CT",
        postalCode: "06118",
        latitude: String(own.latitude),
        longitude: String(own.longitude),
        ...extra,
      };
      for (const [key, value] of Object.entries(fields)) data.append(key, value);
      return data;
    };
    const asked = await handleForm(UpdateVenueSchema, updateVenue, staff, renamed());
    expect(asked).toMatchObject({
      status: "error",
      fieldErrors: {
        venueName: [expect.stringMatching(/^A venue with this name and address exists: Riverside Diner/)],
      },
      values: { sameVenueOffer: diner.id, streetAddress: "400 Main St" },
    });
    expect((await db.venue.findUniqueOrThrow({ where: { id: own.id } })).name).toBe(own.name);
    // Saving a venue unchanged does not find itself.
    const unchanged = await handleForm(
      UpdateVenueSchema,
      updateVenue,
      staff,
      renamed({ venueName: own.name, streetAddress: own.streetAddress, postalCode: own.postalCode }),
    );
    expect(unchanged.status).toBe("ok");
    const anyway = await handleForm(UpdateVenueSchema, updateVenue, staff, renamed({ sameVenue: "new" }));
    expect(anyway.status).toBe("ok");
    expect((await db.venue.findUniqueOrThrow({ where: { id: own.id } })).name).toBe("Riverside Diner");
  });
});
