import { messageTranslator } from "@/lib/actions/translate-answer";
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/guards";
import { postOfficialReply } from "@/lib/comments/post-official-reply";
import { OfficialReplySchema, parseQueueFilters, ReportCommentSchema } from "@/lib/comments/schemas";
import {
  listModerationQueue,
  listPublicComments,
  loadCommentFormPage,
  moderationCounts,
  officialReplyDepartments,
} from "@/lib/comments/queries";
import { reportComment } from "@/lib/comments/report-comment";
import type { CommentSettings } from "@/lib/comments/settings";
import { moderateComments } from "@/lib/comments/moderate-comments";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { createComment, createDepartment, createEvent, createUser } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const settings: CommentSettings = {
  heldWords: [],
  maxLinks: 2,
  minSeconds: 3,
  perAddress: { name: "comment:sender", limit: 100, windowSeconds: 600 },
  perEvent: { name: "comment:event", limit: 100, windowSeconds: 600 },
  reportHideThreshold: 3,
};

async function member(
  departmentId: string,
  role: MembershipRole,
  name = "Sgt. Lena Ortiz",
): Promise<CurrentUser> {
  const user = await createUser(db, { name, password: null, memberships: [{ departmentId, role }] });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSiteAdmin: false,
    memberships: [{ departmentId, role }],
  };
}

const key = () => `key-${crypto.randomUUID()}`;

describe("official replies", () => {
  it("are published at once under the question with the department's badge, and audited", async () => {
    const department = await createDepartment(db, { name: "East Hartford Police Department" });
    const event = await createEvent(db, { hosts: [department] });
    const question = await createComment(db, { eventId: event.id, status: "APPROVED" });
    const staff = await member(department.id, "STAFF");
    const { commentId } = await postOfficialReply(staff, {
      parentId: question.id,
      departmentId: department.id,
      body: "Yes, two officers speak Spanish.",
      idempotencyKey: key(),
    });
    const [thread] = await listPublicComments(event.id);
    expect(thread?.replies).toEqual([
      expect.objectContaining({
        id: commentId,
        authorName: "Sgt. Lena Ortiz",
        official: true,
        officialDepartment: "East Hartford Police Department",
      }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: commentId } });
    expect(audit).toMatchObject({
      actorId: staff.id,
      action: "comment.official_reply_published",
      departmentId: department.id,
    });
  });

  it("are refused to staff of a department that does not host the event", async () => {
    const host = await createDepartment(db);
    const other = await createDepartment(db);
    const event = await createEvent(db, { hosts: [host] });
    const question = await createComment(db, { eventId: event.id, status: "APPROVED" });
    const outsider = await member(other.id, "STAFF");
    await expect(
      postOfficialReply(outsider, {
        parentId: question.id,
        departmentId: other.id,
        body: "Hello",
        idempotencyKey: key(),
      }),
    ).rejects.toThrow(/permission/);
    await expect(
      postOfficialReply(outsider, {
        parentId: question.id,
        departmentId: host.id,
        body: "Hello",
        idempotencyKey: key(),
      }),
    ).rejects.toThrow(/permission/);
    expect(await officialReplyDepartments(outsider, event.id)).toEqual([]);
    expect(await db.comment.count({ where: { eventId: event.id, official: true } })).toBe(0);
  });
});

describe("reports", () => {
  it("put an approved comment back in front of moderators without hiding it below the threshold", async () => {
    const department = await createDepartment(db);
    const event = await createEvent(db, { hosts: [department] });
    const comment = await createComment(db, { eventId: event.id, status: "APPROVED" });
    const moderator = await member(department.id, "MODERATOR");
    await reportComment(
      { commentId: comment.id, reason: "ABUSIVE", details: "Name-calling" },
      { senderHash: "r1", settings },
    );
    await reportComment(
      { commentId: comment.id, reason: "ABUSIVE", details: "" },
      { senderHash: "r1", settings },
    );
    expect(await db.commentReport.count({ where: { commentId: comment.id } })).toBe(1);
    expect((await listPublicComments(event.id)).map((c) => c.id)).toEqual([comment.id]);
    const queue = await listModerationQueue(moderator, parseQueueFilters({}));
    expect(queue.map((item) => [item.id, item.reports.map((r) => r.reason)])).toEqual([
      [comment.id, ["Abusive, hateful or threatening: Name-calling"]],
    ]);
    expect((await moderationCounts(moderator)).reported).toBe(1);
  });

  it("hide a comment once enough different senders report it, until a moderator approves it again", async () => {
    const department = await createDepartment(db);
    const event = await createEvent(db, { hosts: [department] });
    const comment = await createComment(db, { eventId: event.id, status: "APPROVED" });
    for (const sender of ["r1", "r2", "r3"]) {
      await reportComment(
        { commentId: comment.id, reason: "SPAM", details: "" },
        { senderHash: sender, settings },
      );
    }
    expect(await listPublicComments(event.id)).toEqual([]);
    const hidden = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(hidden).toMatchObject({ status: "PENDING", holdReason: "Hidden after 3 reports from residents" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: comment.id } });
    expect(audit).toMatchObject({
      actorId: null,
      action: "comment.hidden_by_reports",
      after: { status: "PENDING" },
    });
    const moderator = await member(department.id, "MODERATOR");
    await moderateComments(moderator, { decision: "APPROVED", ids: [comment.id] });
    expect((await listPublicComments(event.id)).map((c) => c.id)).toEqual([comment.id]);
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } })).toBe(0);
  });

  it("cannot be made on comments that are not approved", async () => {
    const pending = await createComment(db);
    const result = await reportComment(
      { commentId: pending.id, reason: "SPAM", details: "" },
      { senderHash: "r1", settings },
    );
    expect(result).toEqual({ outcome: "not-found" });
    expect(await db.commentReport.count({ where: { commentId: pending.id } })).toBe(0);
  });
});

describe("public display", () => {
  it("lists only approved comments and their approved replies, oldest first, without private fields", async () => {
    const event = await createEvent(db);
    const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 12, minutes));
    const second = await createComment(db, { eventId: event.id, status: "APPROVED", createdAt: t(20) });
    const first = await createComment(db, { eventId: event.id, status: "APPROVED", createdAt: t(10) });
    for (const status of ["PENDING", "REJECTED", "SPAM"] as const) {
      await createComment(db, { eventId: event.id, status, body: `secret ${status}` });
      await createComment(db, {
        eventId: event.id,
        status,
        parentId: first.id,
        body: `secret reply ${status}`,
      });
    }
    const reply = await createComment(db, {
      eventId: event.id,
      status: "APPROVED",
      parentId: first.id,
      createdAt: t(30),
    });
    const threads = await listPublicComments(event.id);
    expect(threads.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([
      [first.id, [reply.id]],
      [second.id, []],
    ]);
    const json = JSON.stringify(threads);
    expect(json).not.toMatch(/secret|pat\.jensen@example\.com|senderHash|authorEmail/);
  });
});

describe("a comment's own form page", () => {
  it("shows an approved comment of its event only, and tells a thread's first comment from a reply", async () => {
    const event = await createEvent(db);
    const other = await createEvent(db);
    const thread = await createComment(db, { eventId: event.id, status: "APPROVED" });
    const reply = await createComment(db, { eventId: event.id, status: "APPROVED", parentId: thread.id });
    const pending = await createComment(db, { eventId: event.id, status: "PENDING" });
    const underHidden = await createComment(db, {
      eventId: event.id,
      status: "APPROVED",
      parentId: pending.id,
    });

    const shown = await loadCommentFormPage(event, thread.id);
    expect(shown).toMatchObject({ comment: { id: thread.id }, thread: true });
    expect(shown?.fresh.timeTrap).toBeTruthy();
    expect(JSON.stringify(shown)).not.toMatch(/senderHash|authorEmail|parentId/);
    expect(await loadCommentFormPage(event, reply.id)).toMatchObject({
      comment: { id: reply.id },
      thread: false,
    });
    for (const id of [pending.id, underHidden.id, "no-such-comment", "bad id\u0000"]) {
      expect(await loadCommentFormPage(event, id)).toBeNull();
    }
    expect(await loadCommentFormPage(other, thread.id)).toBeNull();
  });
});

describe("altered report and official-reply forms", () => {
  it("refuse a NUL byte or junk in the hidden comment id, and control characters in the text, before any query", () => {
    for (const commentId of ["\u0000", "abc\u0000", "a b", "x".repeat(41)]) {
      expect(ReportCommentSchema.safeParse({ commentId, reason: "SPAM" }).success).toBe(false);
    }
    const details = ReportCommentSchema.safeParse({ commentId: "c1", reason: "SPAM", details: "bad\u0000" });
    // Messages are catalog keys, put in the form's language by the action wrapper.
    expect(messageTranslator("en")(details.error?.issues[0]?.message ?? "")).toMatch(
      /invisible control character/,
    );
    const reply = OfficialReplySchema.safeParse({
      parentId: "c1\u0000",
      departmentId: "\u0000",
      body: "We will be there\u0000",
    });
    expect(reply.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      "body",
      "departmentId",
      "parentId",
    ]);
  });
});
