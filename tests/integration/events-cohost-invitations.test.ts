// Co-hosting needs consent: an invited department is not a host anywhere public, nor for
// editing, until its own staff accept (docs/decisions/0008).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createComment, createDepartment, createEvent, createSeries, createVenue } from "../factories";
import { testPrisma } from "../support/db";
import { handleForm } from "@/lib/actions/safe-action";
import { AnswerInvitationSchema, CreateEventSchema, UpdateEventSchema } from "@/lib/events/schemas";
import { answerInvitation } from "@/lib/events/answer-cohost-invitation";
import { listPendingInvitations } from "@/lib/events/staff-queries";
import { createEvent as createEventAsStaff } from "@/lib/events/create-event";
import { updateEvent } from "@/lib/events/update-event";
import { getEventForEditing, listManagedEvents } from "@/lib/events/staff-queries";
import { findPublicEvent, hostedBy, listUpcomingEvents } from "@/lib/events/queries";
import { searchEvents } from "@/lib/events/search";
import { listFeedEvents } from "@/lib/feeds/queries";
import { listModerationQueue } from "@/lib/comments/queries";
import { parseQueueFilters } from "@/lib/comments/schemas";
import { GET as departmentFeed } from "@/app/[locale]/departments/[slug]/feed.xml/route";
import { GET as embed } from "@/app/[locale]/embed/departments/[slug]/route";
import { GET as apiEvent } from "@/app/api/events/[slug]/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import { eventForm, signedInUser } from "./events-admin-helpers";

const db = testPrisma();
const get = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug, locale: "en" }) });

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

const refusalsLogged = () =>
  vi.mocked(console.warn).mock.calls.filter(([tag]) => tag === "[authz] refused").length;

/** Department A posts an event and invites department B; staff and moderators of each. */
async function invitation() {
  const [a, b, other] = [await createDepartment(db), await createDepartment(db), await createDepartment(db)];
  const venue = await createVenue(db);
  const staffA = await signedInUser({ memberships: [{ departmentId: a.id, role: "STAFF" }] });
  const staffB = await signedInUser({ memberships: [{ departmentId: b.id, role: "STAFF" }] });
  const moderatorB = await signedInUser({ memberships: [{ departmentId: b.id, role: "MODERATOR" }] });
  const outsider = await signedInUser({ memberships: [{ departmentId: other.id, role: "STAFF" }] });
  const title = `Coffee on both sides of the river ${Date.now()}`;
  const outcome = await handleForm(
    CreateEventSchema,
    createEventAsStaff,
    staffA,
    eventForm({ leadDepartmentId: a.id, venueId: venue.id, coHostIds: [b.id], title, intent: "publish" }),
  );
  if (outcome.status !== "ok") throw new Error(`could not create the event: ${JSON.stringify(outcome)}`);
  const event = outcome.result;
  const answer = (user: CurrentUser | null, value: "accept" | "decline", departmentId = b.id) =>
    handleForm(
      AnswerInvitationSchema,
      answerInvitation,
      user,
      eventForm({ eventId: event.id, departmentId, answer: value }),
    );
  return { a, b, venue, staffA, staffB, moderatorB, outsider, event, title, answer };
}

/** Where residents could see that B hosts the event: B's page, feed, widget, the API, search. */
async function whereBShowsAsHost({ b, event, title }: Awaited<ReturnType<typeof invitation>>) {
  const page = await listUpcomingEvents({ where: hostedBy(b.id) });
  const feed = await (await departmentFeed(get("/x"), slugParams(b.slug))).text();
  const widget = await (await embed(get("/x"), slugParams(b.slug))).text();
  const api = (await (await apiEvent(get("/x"), slugParams(event.slug))).json()) as {
    event: { hosts: { slug: string }[] };
  };
  const search = await searchEvents({ dateRange: "any", department: b.slug });
  const detail = await findPublicEvent(event.slug);
  return {
    departmentPage: page.some((e) => e.id === event.id),
    departmentFeed: feed.includes(title),
    departmentCalendarList: (await listFeedEvents({ dateRange: "any", department: b.slug })).some(
      (e) => e.id === event.id,
    ),
    widget: widget.includes(title),
    apiHosts: api.event.hosts.some((h) => h.slug === b.slug),
    searchByDepartment: search.events.some((e) => e.id === event.id),
    eventPageHostList: detail?.hosts.some((h) => h.department.slug === b.slug) ?? false,
  };
}

const everywhere = (value: boolean) => ({
  departmentPage: value,
  departmentFeed: value,
  departmentCalendarList: value,
  widget: value,
  apiHosts: value,
  searchByDepartment: value,
  eventPageHostList: value,
});

describe("an invitation to co-host", () => {
  it("leaves the lead department accepted and the invited one pending", async () => {
    const { a, b, event } = await invitation();
    const hosts = await db.eventHost.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: "asc" },
    });
    expect(hosts.map((h) => [h.departmentId, h.state])).toEqual([
      [a.id, "ACCEPTED"],
      [b.id, "INVITED"],
    ]);
  });

  it("does not show the event as the invited department's anywhere public until its staff accept", async () => {
    const setup = await invitation();
    expect(await whereBShowsAsHost(setup)).toEqual(everywhere(false));
    expect(await setup.answer(setup.staffB, "accept")).toMatchObject({ status: "ok" });
    expect(await whereBShowsAsHost(setup)).toEqual(everywhere(true));
  });

  it("gives the invited department's staff no right to read or edit the event until they accept", async () => {
    const { b, event, staffB, answer } = await invitation();
    const edit = () =>
      handleForm(
        UpdateEventSchema,
        updateEvent,
        staffB,
        eventForm({ eventId: event.id, venueId: event.venueId, title: "Taken over by B", coHostIds: [b.id] }),
      );
    await expect(getEventForEditing(staffB, event.id)).rejects.toMatchObject({ status: 403 });
    expect(await edit()).toMatchObject({ status: "error", code: 403 });
    expect((await listManagedEvents(staffB, { scope: "upcoming" })).map((e) => e.id)).not.toContain(event.id);
    await answer(staffB, "accept");
    expect(await edit()).toMatchObject({ status: "ok" });
    expect((await listManagedEvents(staffB, { scope: "upcoming" })).map((e) => e.id)).toContain(event.id);
  });

  it("gives the invited department's moderators none of the event's comments until accepted", async () => {
    const { event, staffB, moderatorB, answer } = await invitation();
    const comment = await createComment(db, { eventId: event.id, status: "PENDING" });
    const queue = async () => (await listModerationQueue(moderatorB, parseQueueFilters({}))).map((c) => c.id);
    expect(await queue()).not.toContain(comment.id);
    await answer(staffB, "accept");
    expect(await queue()).toContain(comment.id);
  });

  it("is listed for the invited department's staff only", async () => {
    const { event, staffA, staffB, outsider } = await invitation();
    const listedFor = async (user: CurrentUser) =>
      (await listPendingInvitations(user)).map((i) => i.event.id).includes(event.id);
    expect([await listedFor(staffB), await listedFor(staffA), await listedFor(outsider)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe("who may answer an invitation", () => {
  it("refuses anonymous visitors (401), staff of the inviting or another department and the invited department's moderators (403), logs each, and nothing changes", async () => {
    const { b, event, staffA, moderatorB, outsider, answer } = await invitation();
    const logged = refusalsLogged();
    const outcomes = [
      await answer(null, "accept"),
      await answer(staffA, "accept"),
      await answer(outsider, "accept"),
      await answer(moderatorB, "accept"),
      await answer(staffA, "decline"),
    ];
    expect(outcomes.map((o) => o.status === "error" && o.code)).toEqual([401, 403, 403, 403, 403]);
    expect(refusalsLogged() - logged).toBe(5);
    const host = await db.eventHost.findUniqueOrThrow({
      where: { eventId_departmentId: { eventId: event.id, departmentId: b.id } },
    });
    expect(host.state).toBe("INVITED");
    expect(
      await db.auditLog.count({ where: { entityId: event.id, action: { startsWith: "event.cohost" } } }),
    ).toBe(0);
  });

  it("staff of the invited department accept it, and the decision is audited under their department", async () => {
    const { b, event, staffB, answer } = await invitation();
    expect(await answer(staffB, "accept")).toMatchObject({ status: "ok" });
    const host = await db.eventHost.findUniqueOrThrow({
      where: { eventId_departmentId: { eventId: event.id, departmentId: b.id } },
    });
    expect(host).toMatchObject({ state: "ACCEPTED", respondedAt: expect.any(Date) as Date });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: event.id, action: "event.cohost_accepted" },
    });
    expect(entry).toMatchObject({ actorId: staffB.id, departmentId: b.id, after: { hostState: "ACCEPTED" } });
  });

  it("staff of the invited department decline it: the invitation is removed and the decision audited", async () => {
    const setup = await invitation();
    const { b, event, staffB, answer } = setup;
    expect(await answer(staffB, "decline")).toMatchObject({ status: "ok" });
    expect(await db.eventHost.count({ where: { eventId: event.id, departmentId: b.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: event.id, action: "event.cohost_declined" },
    });
    expect(entry).toMatchObject({ actorId: staffB.id, departmentId: b.id, after: { hostState: "DECLINED" } });
    expect(await whereBShowsAsHost(setup)).toEqual(everywhere(false));
  });

  it("an invitation already answered or withdrawn cannot be answered again (409)", async () => {
    const { staffB, answer } = await invitation();
    await answer(staffB, "decline");
    expect(await answer(staffB, "accept")).toMatchObject({ status: "error", code: 409 });
  });

  it("a site admin may answer for the invited department, as admins may act for any department", async () => {
    const { answer } = await invitation();
    const admin = await signedInUser({ isSiteAdmin: true });
    expect(await answer(admin, "accept")).toMatchObject({ status: "ok" });
  });
});

describe("hosts after an edit", () => {
  it("staff of a host may withdraw a pending invitation but never remove a department that accepted", async () => {
    const { a, b, event, staffA, staffB, answer } = await invitation();
    const c = await createDepartment(db);
    const edit = (coHostIds: string[]) =>
      handleForm(
        UpdateEventSchema,
        updateEvent,
        staffA,
        eventForm({ eventId: event.id, venueId: event.venueId, coHostIds }),
      );
    // Withdraw B's invitation, invite C.
    expect(await edit([a.id, c.id])).toMatchObject({ status: "ok" });
    const hostsNow = async () =>
      (await db.eventHost.findMany({ where: { eventId: event.id }, orderBy: { createdAt: "asc" } })).map(
        (h) => [h.departmentId, h.state],
      );
    expect(await hostsNow()).toEqual([
      [a.id, "ACCEPTED"],
      [c.id, "INVITED"],
    ]);
    // Invite B again; B accepts; A cannot take B off by unticking it.
    await edit([a.id, b.id, c.id]);
    await answer(staffB, "accept");
    expect(await edit([a.id])).toMatchObject({ status: "ok" });
    expect(await hostsNow()).toEqual([
      [a.id, "ACCEPTED"],
      [b.id, "ACCEPTED"],
    ]);
  });

  it("staff of both departments add the second as an accepted co-host at once", async () => {
    const [a, b] = [await createDepartment(db), await createDepartment(db)];
    const venue = await createVenue(db);
    const both = await signedInUser({
      memberships: [
        { departmentId: a.id, role: "STAFF" },
        { departmentId: b.id, role: "STAFF" },
      ],
    });
    const outcome = await handleForm(
      CreateEventSchema,
      createEventAsStaff,
      both,
      eventForm({ leadDepartmentId: a.id, venueId: venue.id, coHostIds: [b.id] }),
    );
    if (outcome.status !== "ok") throw new Error("expected the event to be created");
    const states = await db.eventHost.findMany({
      where: { eventId: outcome.result.id },
      select: { state: true },
    });
    expect(states.map((s) => s.state)).toEqual(["ACCEPTED", "ACCEPTED"]);
  });

  it("the lead cannot leave only invitations behind", async () => {
    const { b, event, staffA } = await invitation();
    const outcome = await handleForm(
      UpdateEventSchema,
      updateEvent,
      staffA,
      eventForm({ eventId: event.id, venueId: event.venueId, coHostIds: [b.id] }),
    );
    expect(outcome).toMatchObject({
      status: "error",
      code: 400,
      fieldErrors: { coHostIds: [expect.any(String)] },
    });
  });
});

describe("series", () => {
  it("an answer on one date of a series answers every date of it waiting for one", async () => {
    const [a, b] = [await createDepartment(db), await createDepartment(db)];
    const venue = await createVenue(db);
    const staffB = await signedInUser({ memberships: [{ departmentId: b.id, role: "STAFF" }] });
    const series = await createSeries(db, { department: a, venue: venue });
    const dates = [
      await createEvent(db, { venue, hosts: [a], invited: [b], seriesId: series.id }),
      await createEvent(db, { venue, hosts: [a], invited: [b], seriesId: series.id }),
    ];
    const pending = (await listPendingInvitations(staffB)).filter((i) => i.event.seriesId === series.id);
    expect(pending.map((i) => i.otherDates)).toEqual([1]);
    const outcome = await handleForm(
      AnswerInvitationSchema,
      answerInvitation,
      staffB,
      eventForm({ eventId: dates[0]!.id, departmentId: b.id, answer: "accept" }),
    );
    expect(outcome.status).toBe("ok");
    const states = await db.eventHost.findMany({ where: { departmentId: b.id }, select: { state: true } });
    expect(states.map((s) => s.state)).toEqual(["ACCEPTED", "ACCEPTED"]);
    expect(await db.auditLog.count({ where: { action: "event.cohost_accepted", departmentId: b.id } })).toBe(
      2,
    );
  });
});
