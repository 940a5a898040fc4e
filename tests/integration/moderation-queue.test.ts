import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/guards";
import { moderateComments } from "@/lib/comments/moderate-comments";
import { listModerationQueue, moderationCounts } from "@/lib/comments/queries";
import { loadDashboard } from "@/lib/events/staff-queries";
import { ModerateFormSchema, parseQueueFilters, rowReasonField } from "@/lib/comments/schemas";
import { handleForm } from "@/lib/actions/safe-action";
import { listAuditEntries } from "@/lib/audit/queries";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { createComment, createDepartment, createEvent, createUser } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const now = new Date("2026-11-21T15:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

async function asCurrentUser(options: Parameters<typeof createUser>[1]): Promise<CurrentUser> {
  const user = await createUser(db, { password: null, ...options });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSiteAdmin: user.isSiteAdmin,
    memberships: user.memberships.map((m) => ({ departmentId: m.departmentId, role: m.role })),
  };
}

const member = (departmentId: string, role: MembershipRole) =>
  asCurrentUser({ memberships: [{ departmentId, role }] });

async function twoDepartments() {
  const a = await createDepartment(db);
  const b = await createDepartment(db);
  const eventA = await createEvent(db, { hosts: [a] });
  const eventB = await createEvent(db, { hosts: [b] });
  return { a, b, eventA, eventB };
}

const all = parseQueueFilters({});

describe("the moderation queue", () => {
  it("shows a moderator only pending comments of their departments' events, oldest first", async () => {
    const { a, eventA, eventB } = await twoDepartments();
    const newer = await createComment(db, { eventId: eventA.id, createdAt: new Date(now.getTime() - DAY) });
    const older = await createComment(db, {
      eventId: eventA.id,
      createdAt: new Date(now.getTime() - 2 * DAY),
    });
    await createComment(db, { eventId: eventA.id, status: "APPROVED" });
    await createComment(db, { eventId: eventB.id, body: "Department B's question" });
    const moderator = await member(a.id, "MODERATOR");
    const queue = await listModerationQueue(moderator, all, now);
    expect(queue.map((item) => item.id)).toEqual([older.id, newer.id]);
    const byId = await listModerationQueue(moderator, parseQueueFilters({ event: eventB.id }), now);
    expect(byId).toEqual([]);
  });

  it("flags comments pending for more than 7 days, and counts them for the dashboard", async () => {
    const { a, eventA } = await twoDepartments();
    await createComment(db, { eventId: eventA.id, createdAt: new Date(now.getTime() - 8 * DAY) });
    await createComment(db, { eventId: eventA.id, createdAt: new Date(now.getTime() - 6 * DAY) });
    const moderator = await member(a.id, "MODERATOR");
    const queue = await listModerationQueue(moderator, all, now);
    expect(queue.map((item) => item.stale)).toEqual([true, false]);
    expect(await moderationCounts(moderator, now)).toEqual({ pending: 2, stalePending: 1, reported: 0 });
    expect((await loadDashboard(moderator, now)).moderation).toEqual({
      pending: 2,
      stalePending: 1,
      reported: 0,
    });
  });

  it("lets a site admin see every department's pending comments", async () => {
    const { eventA, eventB } = await twoDepartments();
    await createComment(db, { eventId: eventA.id });
    await createComment(db, { eventId: eventB.id });
    const admin = await asCurrentUser({ isSiteAdmin: true });
    const ids = (await listModerationQueue(admin, parseQueueFilters({}), now)).map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });
});

describe("moderation decisions", () => {
  it("approves, rejects and marks spam in bulk, recording each decision in the audit log", async () => {
    const { a, eventA } = await twoDepartments();
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => createComment(db, { eventId: eventA.id })));
    const moderator = await member(a.id, "MODERATOR");
    await moderateComments(moderator, { decision: "APPROVED", ids: [c1!.id, c2!.id] }, now);
    await moderateComments(moderator, { decision: "SPAM", ids: [c3!.id] }, now);
    const rows = await db.comment.findMany({ where: { eventId: eventA.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.id, r.status, r.moderatedById])).toEqual(
      [
        [c1!.id, "APPROVED", moderator.id],
        [c2!.id, "APPROVED", moderator.id],
        [c3!.id, "SPAM", moderator.id],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    const audit = await db.auditLog.findMany({
      where: { actorId: moderator.id },
      orderBy: { action: "asc" },
    });
    expect(audit.map((e) => [e.action, e.entityId, e.departmentId])).toEqual(
      expect.arrayContaining([
        ["comment.approved", c1!.id, a.id],
        ["comment.approved", c2!.id, a.id],
        ["comment.marked_spam", c3!.id, a.id],
      ]),
    );
    expect(audit.find((e) => e.entityId === c3!.id)).toMatchObject({
      before: { status: "PENDING" },
      after: { status: "SPAM" },
    });
  });

  it("decides on 200 comments at once, with 200 audit entries and their reports resolved", async () => {
    const { a, eventA } = await twoDepartments();
    await db.comment.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        eventId: eventA.id,
        authorName: `R${i}`,
        body: `Body ${i}`,
      })),
    });
    const ids = (await db.comment.findMany({ where: { eventId: eventA.id }, select: { id: true } })).map(
      (c) => c.id,
    );
    await db.commentReport.create({ data: { commentId: ids[0]!, reason: "Spam", senderHash: "x" } });
    const moderator = await member(a.id, "MODERATOR");
    const result = await moderateComments(moderator, { decision: "SPAM", ids }, now);
    expect(result.count).toBe(200);
    expect(await db.comment.count({ where: { eventId: eventA.id, status: "SPAM" } })).toBe(200);
    expect(await db.auditLog.count({ where: { actorId: moderator.id, action: "comment.marked_spam" } })).toBe(
      200,
    );
    expect(await db.commentReport.count({ where: { commentId: ids[0]!, resolvedAt: null } })).toBe(0);
    const first = await db.auditLog.findFirstOrThrow({ where: { entityId: ids[0]! } });
    expect(first.after).toMatchObject({ status: "SPAM", resolvedReports: 1 });
  });

  it("refuses a moderator of department A acting on department B's comment by id, changing nothing", async () => {
    const { a, eventA, eventB } = await twoDepartments();
    const mine = await createComment(db, { eventId: eventA.id });
    const theirs = await createComment(db, { eventId: eventB.id });
    const moderator = await member(a.id, "MODERATOR");
    await expect(
      moderateComments(moderator, { decision: "APPROVED", ids: [mine.id, theirs.id] }, now),
    ).rejects.toThrow(/permission/);
    const statuses = await db.comment.findMany({
      where: { id: { in: [mine.id, theirs.id] } },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["PENDING", "PENDING"]);
    expect(await db.auditLog.count({ where: { actorId: moderator.id } })).toBe(0);
  });

  it("refuses staff who are not moderators, and anonymous callers", async () => {
    const { a, eventA } = await twoDepartments();
    const comment = await createComment(db, { eventId: eventA.id });
    const staff = await member(a.id, "STAFF");
    await expect(moderateComments(staff, { decision: "APPROVED", ids: [comment.id] })).rejects.toThrow(
      /permission/,
    );
    await expect(moderateComments(null, { decision: "APPROVED", ids: [comment.id] })).rejects.toThrow(
      /sign in/,
    );
  });

  it("lets a moderator of a co-hosting department decide, filed under their department", async () => {
    const a = await createDepartment(db);
    const b = await createDepartment(db);
    const shared = await createEvent(db, { hosts: [a, b] });
    const comment = await createComment(db, { eventId: shared.id });
    const moderatorB = await member(b.id, "MODERATOR");
    await moderateComments(moderatorB, { decision: "REJECTED", ids: [comment.id] }, now);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: comment.id } });
    expect(entry).toMatchObject({ action: "comment.rejected", departmentId: b.id });
  });
});

describe("a rejection's reason", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields))
      for (const one of [value].flat()) data.append(key, one);
    return data;
  };
  const decide = (user: CurrentUser, fields: Record<string, string | string[]>) =>
    handleForm(ModerateFormSchema, (u, input) => moderateComments(u, input, now), user, form(fields));

  it("is recorded in the audit log, from a row's own field, and shown in the log to the department's staff", async () => {
    const { a, eventA } = await twoDepartments();
    const [mine, other] = await Promise.all([1, 2].map(() => createComment(db, { eventId: eventA.id })));
    const moderator = await member(a.id, "MODERATOR");
    const outcome = await decide(moderator, {
      act: `REJECTED:${mine!.id}`,
      [rowReasonField(mine!.id)]: "  Names a private person  ",
      [rowReasonField(other!.id)]: "Not this one",
      reason: "Not the bulk one either",
    });
    expect(outcome.status).toBe("ok");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: mine!.id } });
    expect(entry).toMatchObject({
      action: "comment.rejected",
      after: { status: "REJECTED", reason: "Names a private person" },
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: other!.id } })).toMatchObject({
      status: "PENDING",
    });

    const staff = await member(a.id, "STAFF");
    const log = await listAuditEntries(staff);
    expect(log.entries.find((e) => e.entityId === mine!.id)?.reason).toBe("Names a private person");
  });

  it("goes with a bulk rejection to every ticked comment, and is optional", async () => {
    const { a, eventA } = await twoDepartments();
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => createComment(db, { eventId: eventA.id })));
    const moderator = await member(a.id, "MODERATOR");
    await decide(moderator, {
      act: "REJECTED",
      ids: [c1!.id, c2!.id],
      reason: "Off topic: about parking fines",
    });
    await decide(moderator, { act: `REJECTED:${c3!.id}`, [rowReasonField(c3!.id)]: "" });
    const entries = await db.auditLog.findMany({ where: { entityId: { in: [c1!.id, c2!.id, c3!.id] } } });
    const reasons = new Map(entries.map((e) => [e.entityId, (e.after as { reason?: string }).reason]));
    expect(reasons.get(c1!.id)).toBe("Off topic: about parking fines");
    expect(reasons.get(c2!.id)).toBe("Off topic: about parking fines");
    expect(reasons.get(c3!.id)).toBeUndefined();
  });

  it("is not recorded with an approval, and a reason too long is refused with a message", async () => {
    const { a, eventA } = await twoDepartments();
    const comment = await createComment(db, { eventId: eventA.id });
    const moderator = await member(a.id, "MODERATOR");
    const long = await decide(moderator, {
      act: `REJECTED:${comment.id}`,
      [rowReasonField(comment.id)]: "x".repeat(301),
    });
    expect(long).toMatchObject({
      status: "error",
      fieldErrors: { reason: [expect.stringMatching(/300 characters/)] },
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      status: "PENDING",
    });
    await decide(moderator, {
      act: `APPROVED:${comment.id}`,
      [rowReasonField(comment.id)]: "Typed, then approved",
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: comment.id } });
    expect(entry.action).toBe("comment.approved");
    expect(entry.after).not.toHaveProperty("reason");
  });
});
