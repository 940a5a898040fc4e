// Every write and every admin read, called as an anonymous visitor and as staff of
// another department: 401 and 403, and nothing changes.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createComment,
  createDepartment,
  createEvent,
  createSeries as createSeriesRow,
  createUser,
  createVenue,
} from "../factories";
import { testPrisma } from "../support/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { cancelEvent, publishEvent, unpublishEvent } from "@/lib/events/change-event-status";
import { deleteDraft } from "@/lib/events/delete-draft";
import { getEventForEditing, listManagedEvents } from "@/lib/events/staff-queries";
import { loadDashboard } from "@/lib/events/staff-queries";
import { createSeries } from "@/lib/series/create-series";
import { updateSeries } from "@/lib/series/update-series";
import { getSeriesForEditing } from "@/lib/series/queries";
import { inviteUser } from "@/lib/users/invite-user";
import { addMembership } from "@/lib/users/add-membership";
import { revokeMembership } from "@/lib/users/revoke-membership";
import { deactivateUser, reactivateUser } from "@/lib/users/deactivate-user";
import { getPerson, listPeople } from "@/lib/users/queries";
import { changePassword } from "@/lib/users/change-password";
import { createDepartment as createDepartmentAsAdmin } from "@/lib/departments/create-department";
import { updateDepartment } from "@/lib/departments/update-department";
import { listDepartmentsForAdmin } from "@/lib/departments/queries";
import { getVenueForEditing } from "@/lib/venues/queries";
import { updateVenue } from "@/lib/venues/update-venue";
import { answerInvitation } from "@/lib/events/answer-cohost-invitation";
import { listAuditEntries } from "@/lib/audit/queries";
import { moderateComments } from "@/lib/comments/moderate-comments";
import { postOfficialReply } from "@/lib/comments/post-official-reply";
import { listOutbox } from "@/lib/mail/outbox";
import { CreateSeriesSchema } from "@/lib/series/schemas";
import { daysAhead, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
type Call = [name: string, run: (user: CurrentUser | null) => Promise<unknown>, staffToo: boolean];
let calls: Call[] = [];
let outsider: CurrentUser;
let snapshot: () => Promise<string>;

beforeAll(async () => {
  const dept = await createDepartment(db);
  const venue = await createVenue(db, { ownerDepartmentId: dept.id });
  const invitedDept = await createDepartment(db);
  const event = await createEvent(db, { hosts: [dept], invited: [invitedDept], venue, status: "DRAFT" });
  const member = await createUser(db, { memberships: [{ departmentId: dept.id, role: "STAFF" }] });
  outsider = await signedInUser({
    memberships: [{ departmentId: (await createDepartment(db)).id, role: "STAFF" }],
  });
  const series = await createSeriesRow(db, { department: dept, venue });
  const seriesInput = CreateSeriesSchema.parse({
    title: "Monthly coffee",
    description: "A monthly coffee with the officers of the department.",
    format: "COFFEE_WITH_A_COP",
    pattern: "monthly",
    ordinal: "1",
    weekday: "WE",
    month: "10",
    startsOn: daysAhead(1),
    startTime: "08:00",
    endTime: "09:00",
    venueId: venue.id,
    languages: ["en"],
    departmentId: dept.id,
  });
  const eventInput = {
    title: "Taken over",
    description: "An event description long enough to pass.",
    format: "OTHER" as const,
    date: daysAhead(5),
    startTime: "08:00",
    endTime: "09:00",
    venueId: venue.id,
    coHostIds: [dept.id],
    languages: ["en" as const],
    noHost: false,
    accessibilityNotes: undefined,
    intent: "publish" as const,
    newVenue: null,
  };
  const department = {
    name: "Renamed",
    slug: "renamed-dept",
    kind: "OTHER" as const,
    city: "X",
    state: "CT",
    timeZone: "America/New_York",
    verifiedDomains: [],
  };
  const venueInput = {
    venueId: venue.id,
    venueName: "Moved",
    streetAddress: "1 Main St",
    city: "X",
    state: "CT",
    postalCode: "06108",
    latitude: 1,
    longitude: 1,
  };
  const comment = await createComment(db, { eventId: event.id, status: "APPROVED" });
  calls = [
    ["create an event", (u) => createEventAsStaff(u, { ...eventInput, leadDepartmentId: dept.id }), true],
    ["edit an event", (u) => updateEvent(u, { ...eventInput, eventId: event.id }), true],
    ["publish", (u) => publishEvent(u, { eventId: event.id }), true],
    ["unpublish", (u) => unpublishEvent(u, { eventId: event.id }), true],
    ["cancel", (u) => cancelEvent(u, { eventId: event.id, reason: "Not mine" }), true],
    ["delete a draft", (u) => deleteDraft(u, { eventId: event.id }), true],
    ["read a draft", (u) => getEventForEditing(u, event.id), true],
    ["create a series", (u) => createSeries(u, seriesInput), true],
    ["edit a series", (u) => updateSeries(u, { ...seriesInput, seriesId: series.id }), true],
    ["read a series", (u) => getSeriesForEditing(u, series.id), true],
    ["edit a venue", (u) => updateVenue(u, venueInput), true],
    ["open a venue's edit page", (u) => getVenueForEditing(u, venue.id), true],
    [
      "answer a co-host invitation",
      (u) =>
        answerInvitation(u, {
          eventId: event.id,
          departmentId: invitedDept.id,
          answer: "accept",
          returnTo: "/admin",
        }),
      true,
    ],
    [
      "invite",
      (u) =>
        inviteUser(u, {
          email: "x@y.test",
          name: "X Y",
          departmentId: dept.id,
          role: "STAFF",
          overrideDomain: true,
        }),
      true,
    ],
    [
      "grant a role",
      (u) =>
        addMembership(u, {
          userId: member.id,
          departmentId: dept.id,
          role: "MODERATOR",
          overrideDomain: true,
        }),
      true,
    ],
    ["revoke a role", (u) => revokeMembership(u, { membershipId: member.memberships[0]!.id }), true],
    ["deactivate", (u) => deactivateUser(u, { userId: member.id }), true],
    ["reactivate", (u) => reactivateUser(u, { userId: member.id }), true],
    ["list people", (u) => listPeople(u), true],
    ["read a person", (u) => getPerson(u, member.id), true],
    ["create a department", (u) => createDepartmentAsAdmin(u, department), true],
    ["edit a department", (u) => updateDepartment(u, { ...department, departmentId: dept.id }), true],
    ["list departments", (u) => listDepartmentsForAdmin(u), true],
    ["moderate comments", (u) => moderateComments(u, { decision: "SPAM", ids: [comment.id] }), true],
    [
      "answer officially",
      (u) =>
        postOfficialReply(u, {
          departmentId: dept.id,
          parentId: comment.id,
          body: "An official answer.",
          idempotencyKey: "matrix-official-reply-0001",
        }),
      true,
    ],
    ["read the outbox", (u) => listOutbox(u), true],
    ["list managed events", (u) => listManagedEvents(u, { scope: "drafts" }), false],
    ["read the dashboard", (u) => loadDashboard(u), false],
    ["read the audit log", (u) => listAuditEntries(u), false],
    [
      "change password",
      (u) => changePassword(u, { currentPassword: "x", password: "new-password-123" }),
      false,
    ],
  ];
  snapshot = async () =>
    JSON.stringify([
      await db.event.findMany({
        orderBy: { id: "asc" },
        select: { id: true, title: true, status: true, updatedAt: true },
      }),
      await db.eventSeries.count(),
      await db.eventHost.findMany({ orderBy: [{ eventId: "asc" }, { departmentId: "asc" }] }),
      await db.comment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
      await db.venue.findMany({ orderBy: { id: "asc" }, select: { name: true, latitude: true } }),
      await db.user.findMany({
        orderBy: { id: "asc" },
        select: { email: true, deactivatedAt: true, sessionVersion: true },
      }),
      await db.membership.count(),
      await db.department.findMany({ orderBy: { id: "asc" }, select: { name: true, slug: true } }),
    ]);
});

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const refusalsLogged = () =>
  vi.mocked(console.warn).mock.calls.filter(([tag]) => tag === "[authz] refused").length;

describe("the authorization matrix", () => {
  it("refuses anonymous callers with 401 everywhere, logs each refusal, and nothing changes", async () => {
    const before = await snapshot();
    const statuses: Record<string, unknown> = {};
    const unlogged: string[] = [];
    for (const [name, run] of calls) {
      const logged = refusalsLogged();
      statuses[name] = await run(null).then(
        () => "allowed",
        (e: { status?: number }) => e.status,
      );
      if (refusalsLogged() === logged) unlogged.push(name);
    }
    expect(statuses).toEqual(Object.fromEntries(calls.map(([name]) => [name, 401])));
    expect(unlogged).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("refuses staff of another department with 403 on everything that is not theirs, logs each refusal, and nothing changes", async () => {
    const before = await snapshot();
    const statuses: Record<string, unknown> = {};
    const unlogged: string[] = [];
    for (const [name, run, staffRefused] of calls) {
      if (!staffRefused) continue;
      const logged = refusalsLogged();
      statuses[name] = await run(outsider).then(
        () => "allowed",
        (e: { status?: number }) => e.status,
      );
      if (refusalsLogged() === logged) unlogged.push(name);
    }
    expect(statuses).toEqual(Object.fromEntries(calls.filter(([, , s]) => s).map(([name]) => [name, 403])));
    expect(unlogged).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
