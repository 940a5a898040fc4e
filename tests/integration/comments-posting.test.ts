import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { postComment, type PostCommentInput } from "@/lib/comments/post-comment";
import type { CommentSettings } from "@/lib/comments/settings";
import { createComment, createEvent } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const now = new Date("2026-11-21T15:00:00Z");
const settings: CommentSettings = {
  heldWords: ["casino"],
  maxLinks: 2,
  minSeconds: 3,
  perAddress: { name: "comment:sender", limit: 1000, windowSeconds: 600 },
  perEvent: { name: "comment:event", limit: 1000, windowSeconds: 600 },
  reportHideThreshold: 3,
};

async function publishedEvent() {
  return createEvent(db, { status: "PUBLISHED" });
}

function input(eventId: string, overrides: Partial<PostCommentInput> = {}): PostCommentInput {
  return {
    eventId,
    authorName: "Dana Whitfield",
    authorEmail: "dana@example.com",
    body: "Is the event wheelchair accessible?",
    idempotencyKey: randomUUID(),
    honeypot: "",
    formTiming: { shownAt: new Date(now.getTime() - 60_000), afterPost: false },
    ...overrides,
  };
}

const post = (data: PostCommentInput, extra: { senderHash?: string; settings?: CommentSettings } = {}) =>
  postComment(data, {
    senderHash: extra.senderHash ?? "sender-a",
    now,
    settings: extra.settings ?? settings,
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("posting a comment", () => {
  it("stores 200 concurrent posts to one event as 200 pending rows: none lost, none failed", async () => {
    const event = await publishedEvent();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        post(input(event.id, { body: `Concurrent question number ${i}` }), {
          senderHash: `sender-${i % 20}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(results.every((r) => r.status === "fulfilled" && r.value.outcome === "received")).toBe(true);
    const rows = await db.comment.findMany({
      where: { eventId: event.id },
      select: { status: true, body: true },
    });
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => row.status === "PENDING")).toBe(true);
    expect(new Set(rows.map((row) => row.body)).size).toBe(200);
  });

  it("keeps one row when the same idempotency key arrives twice, even at the same moment", async () => {
    const event = await publishedEvent();
    const once = input(event.id);
    const [a, b] = await Promise.all([post(once), post(once)]);
    const c = await post(once);
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(1);
    expect(a).toEqual(b);
    expect(c).toEqual(a);
  });

  it("keeps one row when the same words come again from the same sender with a new key (a second tab)", async () => {
    const event = await publishedEvent();
    const a = await post(input(event.id));
    const b = await post(input(event.id));
    expect(a).toEqual(b);
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(1);
    await post(input(event.id, { authorName: "Someone Else" }));
    await post(input(event.id), { senderHash: "another-sender" });
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(3);
  });

  it("stores the sender's salted hash, never an address, and keeps the email private to the row", async () => {
    const event = await publishedEvent();
    const result = await post(input(event.id), { senderHash: "9f2c5e" });
    if (result.outcome !== "received") throw new Error(result.outcome);
    const row = await db.comment.findUniqueOrThrow({ where: { id: result.commentId } });
    expect(row).toMatchObject({ senderHash: "9f2c5e", status: "PENDING", holdReason: null, parentId: null });
  });

  it.each([
    ["a filled honeypot", { honeypot: "https://cheap.test" }, "SPAM", /^Honeypot/],
    [
      "a form sent after one second",
      { formTiming: { shownAt: new Date(now.getTime() - 1000), afterPost: false } },
      "SPAM",
      /^Time trap/,
    ],
    ["a missing timing token", { formTiming: null }, "SPAM", /^Time trap/],
    ["three links", { body: "http://a.test http://b.test http://c.test" }, "PENDING", /^Too many links: 3/],
    ["a held word", { body: "Visit our Casino tonight" }, "PENDING", /^Held word: “casino”/],
  ] as const)("stores %s with status %s and the reason", async (_, overrides, status, reason) => {
    const event = await publishedEvent();
    await post(input(event.id, overrides));
    const row = await db.comment.findFirstOrThrow({ where: { eventId: event.id } });
    expect(row.status).toBe(status);
    expect(row.holdReason).toMatch(reason);
  });

  it("refuses a sender past the per-address limit with minutes to wait, storing nothing, and logs why", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const event = await publishedEvent();
    const strict = { ...settings, perAddress: { ...settings.perAddress, limit: 2 } };
    const results = [];
    for (let i = 0; i < 3; i++) {
      results.push(
        await post(input(event.id, { body: `Question ${i}` }), { settings: strict, senderHash: "busy" }),
      );
    }
    expect(results.map((r) => r.outcome)).toEqual(["received", "received", "rate-limited"]);
    expect(results[2]).toEqual({ outcome: "rate-limited", retryAfterMinutes: 10, limited: "sender" });
    expect(warn).toHaveBeenCalledWith("[comments] refused: rate limit", {
      eventId: event.id,
      limited: "sender",
      senderHash: "busy",
    });
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(2);
    expect((await post(input(event.id), { settings: strict, senderHash: "someone-else" })).outcome).toBe(
      "received",
    );
  });

  it("refuses posts past the per-event limit whoever sends them, and logs why", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const event = await publishedEvent();
    const strict = { ...settings, perEvent: { ...settings.perEvent, limit: 3 } };
    const outcomes = [];
    for (let i = 0; i < 4; i++) {
      outcomes.push((await post(input(event.id), { settings: strict, senderHash: `s${i}` })).outcome);
    }
    expect(outcomes).toEqual(["received", "received", "received", "rate-limited"]);
    expect(warn).toHaveBeenCalledWith(
      "[comments] refused: rate limit",
      expect.objectContaining({ limited: "event" }),
    );
  });

  it("attaches a reply to a reply to the top-level comment: one level only", async () => {
    const event = await publishedEvent();
    const top = await createComment(db, { eventId: event.id, status: "APPROVED" });
    const reply = await createComment(db, { eventId: event.id, status: "APPROVED", parentId: top.id });
    const result = await post(input(event.id, { parentId: reply.id }));
    if (result.outcome !== "received") throw new Error(result.outcome);
    const row = await db.comment.findUniqueOrThrow({ where: { id: result.commentId } });
    expect(row.parentId).toBe(top.id);
  });

  it("does not accept replies to unapproved comments, nor comments on drafts", async () => {
    const event = await publishedEvent();
    const pending = await createComment(db, { eventId: event.id, status: "PENDING" });
    expect((await post(input(event.id, { parentId: pending.id }))).outcome).toBe("not-found");
    const draft = await createEvent(db, { status: "DRAFT" });
    expect((await post(input(draft.id))).outcome).toBe("not-found");
  });
});
