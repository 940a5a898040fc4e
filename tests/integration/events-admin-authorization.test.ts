// The authorization matrix for staff event actions, through the plain functions and the
// same form parsing the server actions use.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDepartment, createEvent, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { CreateEventSchema, UpdateEventSchema, CancelEventSchema, EventIdSchema } from "@/lib/events/schemas";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { cancelEvent, publishEvent, unpublishEvent } from "@/lib/events/change-event-status";
import { deleteDraft } from "@/lib/events/delete-draft";
import { getEventForEditing, listManagedEvents } from "@/lib/events/staff-queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Department, Venue } from "@/lib/generated/prisma/client";
import { eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
let deptA: Department, deptB: Department, venue: Venue;
let staffA: CurrentUser, staffB: CurrentUser, moderatorA: CurrentUser, admin: CurrentUser;

beforeAll(async () => {
  [deptA, deptB] = [await createDepartment(db), await createDepartment(db)];
  venue = await createVenue(db);
  staffA = await signedInUser({ memberships: [{ departmentId: deptA.id, role: "STAFF" }] });
  staffB = await signedInUser({ memberships: [{ departmentId: deptB.id, role: "STAFF" }] });
  moderatorA = await signedInUser({ memberships: [{ departmentId: deptA.id, role: "MODERATOR" }] });
  admin = await signedInUser({ isSiteAdmin: true });
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const bDraft = () => createEvent(db, { hosts: [deptB], venue, status: "DRAFT" });
const bPublished = () => createEvent(db, { hosts: [deptB], venue, status: "PUBLISHED" });

describe("staff of department A and department B's events", () => {
  it("cannot read B's drafts, in the admin list or by id", async () => {
    const draft = await bDraft();
    const listed = await listManagedEvents(staffA, { scope: "drafts" });
    expect(listed.map((e) => e.id)).not.toContain(draft.id);
    await expect(getEventForEditing(staffA, draft.id)).rejects.toMatchObject({ status: 403 });
    expect((await listManagedEvents(staffB, { scope: "drafts" })).map((e) => e.id)).toContain(draft.id);
  });

  it("cannot edit, publish, unpublish, cancel or delete B's events by sending B's ids", async () => {
    const draft = await bDraft();
    const published = await bPublished();
    const edit = eventForm({
      eventId: published.id,
      venueId: venue.id,
      title: "Taken over by A",
      coHostIds: [deptA.id],
    });
    const attempts = [
      await handleForm(UpdateEventSchema, updateEvent, staffA, edit),
      await handleForm(EventIdSchema, publishEvent, staffA, eventForm({ eventId: draft.id })),
      await handleForm(EventIdSchema, unpublishEvent, staffA, eventForm({ eventId: published.id })),
      await handleForm(
        CancelEventSchema,
        cancelEvent,
        staffA,
        eventForm({ eventId: published.id, reason: "Not yours" }),
      ),
      await handleForm(EventIdSchema, deleteDraft, staffA, eventForm({ eventId: draft.id })),
    ];
    expect(attempts.map((a) => a.status === "error" && a.code)).toEqual([403, 403, 403, 403, 403]);
    const after = await db.event.findMany({
      where: { id: { in: [draft.id, published.id] } },
      include: { hosts: true },
      orderBy: { status: "asc" },
    });
    expect(
      after.map((e) => [e.status, e.title === "Taken over by A", e.hosts.map((h) => h.departmentId)]),
    ).toEqual([
      ["DRAFT", false, [deptB.id]],
      ["PUBLISHED", false, [deptB.id]],
    ]);
  });

  it("cannot post an event for B, even by naming B as the hosting department", async () => {
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staffA,
      eventForm({ leadDepartmentId: deptB.id, venueId: venue.id }),
    );
    expect(outcome).toMatchObject({ status: "error", code: 403 });
  });

  it("may edit an event on which A co-hosts, but cannot remove B, the lead host", async () => {
    const shared = await createEvent(db, { hosts: [deptB, deptA], venue });
    const outcome = await handleForm(
      UpdateEventSchema,
      updateEvent,
      staffA,
      eventForm({
        eventId: shared.id,
        venueId: venue.id,
        title: "Coffee, now with pastries",
        coHostIds: [deptA.id],
      }),
    );
    expect(outcome.status).toBe("ok");
    const hosts = await db.eventHost.findMany({
      where: { eventId: shared.id },
      orderBy: { createdAt: "asc" },
    });
    expect(hosts.map((h) => h.departmentId)).toEqual([deptB.id, deptA.id]);
  });
});

describe("roles", () => {
  it("a moderator cannot post or edit events of their own department", async () => {
    const created = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      moderatorA,
      eventForm({ leadDepartmentId: deptA.id, venueId: venue.id }),
    );
    const own = await createEvent(db, { hosts: [deptA], venue });
    const edited = await handleForm(
      UpdateEventSchema,
      updateEvent,
      moderatorA,
      eventForm({ eventId: own.id, venueId: venue.id, coHostIds: [deptA.id] }),
    );
    expect([created, edited].map((o) => o.status === "error" && o.code)).toEqual([403, 403]);
  });

  it("anonymous callers get 401 from every event action", async () => {
    const draft = await bDraft();
    const outcomes = [
      await handleForm(
        CreateEventSchema,
        createEventAsStaff,
        null,
        eventForm({ leadDepartmentId: deptB.id, venueId: venue.id }),
      ),
      await handleForm(
        UpdateEventSchema,
        updateEvent,
        null,
        eventForm({ eventId: draft.id, venueId: venue.id, coHostIds: [deptB.id] }),
      ),
      await handleForm(EventIdSchema, publishEvent, null, eventForm({ eventId: draft.id })),
      await handleForm(EventIdSchema, unpublishEvent, null, eventForm({ eventId: draft.id })),
      await handleForm(
        CancelEventSchema,
        cancelEvent,
        null,
        eventForm({ eventId: draft.id, reason: "Because" }),
      ),
      await handleForm(EventIdSchema, deleteDraft, null, eventForm({ eventId: draft.id })),
    ];
    expect(outcomes.map((o) => o.status === "error" && o.code)).toEqual([401, 401, 401, 401, 401, 401]);
    await expect(listManagedEvents(null, { scope: "drafts" })).rejects.toMatchObject({ status: 401 });
  });

  it("site admins may act on any department's events", async () => {
    const draft = await bDraft();
    const outcome = await handleForm(EventIdSchema, publishEvent, admin, eventForm({ eventId: draft.id }));
    expect(outcome).toMatchObject({ status: "ok", result: { status: "PUBLISHED" } });
  });
});

describe("fields a form must not set", () => {
  it("ignores status, departmentId and role sent with a new event: it stays a draft of A", async () => {
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      staffA,
      eventForm({
        leadDepartmentId: deptA.id,
        venueId: venue.id,
        status: "PUBLISHED",
        departmentId: deptB.id,
        role: "ADMIN",
        intent: "draft",
      }),
    );
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    const stored = await db.event.findUniqueOrThrow({
      where: { id: outcome.result.id },
      include: { hosts: true },
    });
    expect(stored.status).toBe("DRAFT");
    expect(stored.hosts.map((h) => h.departmentId)).toEqual([deptA.id]);
  });

  it("ignores a status sent with an edit: a published event stays published", async () => {
    const own = await createEvent(db, { hosts: [deptA], venue, status: "PUBLISHED" });
    const outcome = await handleForm(
      UpdateEventSchema,
      updateEvent,
      staffA,
      eventForm({
        eventId: own.id,
        venueId: venue.id,
        coHostIds: [deptA.id],
        status: "DRAFT",
        intent: "draft",
      }),
    );
    expect(outcome.status).toBe("ok");
    expect((await db.event.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("PUBLISHED");
  });
});
