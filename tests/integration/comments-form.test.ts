import { describe, expect, it } from "vitest";
import { fieldError, hiddenOr, typedOr, type ActionState } from "@/lib/actions/state";
import { postCommentAction } from "@/lib/comments/actions";
import { issueFormToken } from "@/lib/comments/form-token";
import type { CommentSettings } from "@/lib/comments/settings";
import { createEvent } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const settings: CommentSettings = {
  heldWords: [],
  maxLinks: 2,
  minSeconds: 3,
  perAddress: { name: "comment:sender", limit: 2, windowSeconds: 600 },
  perEvent: { name: "comment:event", limit: 100, windowSeconds: 600 },
  reportHideThreshold: 3,
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const aMinuteAgo = () => issueFormToken(new Date(Date.now() - 60_000));

/** What the comment form shows after an answer, read as the form reads it (components/comments/comment-form.tsx). */
function shown(state: ActionState) {
  const errors = state.status === "error" ? state.fieldErrors : {};
  return {
    status: state.status,
    message: state.status === "success" ? state.message : state.status === "error" ? state.formError : null,
    fieldErrors: Object.fromEntries(Object.keys(errors).map((name) => [name, fieldError(state, name)])),
    values: {
      authorName: typedOr(state, "authorName", ""),
      authorEmail: typedOr(state, "authorEmail", ""),
      body: typedOr(state, "body", ""),
    },
    idempotencyKey: hiddenOr(state, "idempotencyKey", ""),
    timeTrap: hiddenOr(state, "timeTrap", ""),
  };
}

/** The comment action's answer to a post from `senderHash`, without a request. */
const handleCommentForm = async (data: FormData, senderHash: string, rules: CommentSettings) =>
  shown(await postCommentAction.answer(null, data, { senderHash, settings: rules }));

describe("the comment form's answers", () => {
  it("says 'received, will appear after review' and gives a fresh, empty form with a new key", async () => {
    const event = await createEvent(db);
    const key = "0d6b6f1e-2b7c-4c55-9d7e-6a1f7d0c2a11";
    const state = await handleCommentForm(
      form({
        eventId: event.id,
        authorName: "Ann",
        body: "Hello there",
        idempotencyKey: key,
        timeTrap: aMinuteAgo(),
      }),
      "form-sender-1",
      settings,
    );
    expect(state.status).toBe("success");
    expect(state.message).toMatch(/received; it will appear here after a moderator reviews it/);
    expect(state.values).toEqual({ authorName: "", authorEmail: "", body: "" });
    expect(state.idempotencyKey).not.toBe(key);
    expect(
      await db.comment.count({ where: { eventId: event.id, body: "Hello there", status: "PENDING" } }),
    ).toBe(1);
  });

  it("stores comments from two residents who got the same cached form (same key) as two comments", async () => {
    const event = await createEvent(db);
    const key = "5e1c2f0a-7d3b-4b8e-9a61-2c4d8e9f0a12";
    for (const [sender, body] of [
      ["form-sender-a", "Is there parking?"],
      ["form-sender-b", "Can I bring my dog?"],
    ] as const) {
      const state = await handleCommentForm(
        form({ eventId: event.id, authorName: "Sam", body, idempotencyKey: key, timeTrap: aMinuteAgo() }),
        sender,
        settings,
      );
      expect(state.status).toBe("success");
    }
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(2);
    // The same sender sending the same words again with that key is still one comment.
    await handleCommentForm(
      form({
        eventId: event.id,
        authorName: "Sam",
        body: "Is there parking?",
        idempotencyKey: key,
        timeTrap: aMinuteAgo(),
      }),
      "form-sender-a",
      settings,
    );
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("answers 'too many comments, try again in N minutes' and keeps the text and key", async () => {
    const event = await createEvent(db);
    const post = (n: number) =>
      handleCommentForm(
        form({
          eventId: event.id,
          authorName: "Sam",
          authorEmail: "sam@example.com",
          body: `Question number ${n}`,
          idempotencyKey: `key-for-question-${n}-abcdef`,
          timeTrap: aMinuteAgo(),
        }),
        "form-sender-2",
        settings,
      );
    await post(1);
    await post(2);
    const third = await post(3);
    expect(third.status).toBe("error");
    expect(third.message).toMatch(
      /^Too many comments from your connection\. Please try again in \d+ minutes?/,
    );
    expect(third.values).toEqual({
      authorName: "Sam",
      authorEmail: "sam@example.com",
      body: "Question number 3",
    });
    expect(third.idempotencyKey).toBe("key-for-question-3-abcdef");
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("puts each problem next to its field and gives back everything typed", async () => {
    const event = await createEvent(db);
    const state = await handleCommentForm(
      form({
        eventId: event.id,
        authorName: "  ",
        authorEmail: "ann@",
        body: "x".repeat(2001),
        timeTrap: aMinuteAgo(),
      }),
      "form-sender-3",
      settings,
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({
      authorName: "Please enter a name to show with your comment (a first name is fine).",
      authorEmail: "This email address doesn't look complete. Check it, or leave the field empty.",
      body: "Your comment is too long (2,001 characters): please shorten it to 2000 characters or fewer.",
    });
    expect(state.values.body).toHaveLength(2001);
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("tells a bot that filled the honeypot its comment was received, and stores it as spam", async () => {
    const event = await createEvent(db);
    const state = await handleCommentForm(
      form({
        eventId: event.id,
        authorName: "Bot",
        body: "Buy now",
        website: "http://spam.test",
        timeTrap: aMinuteAgo(),
      }),
      "form-sender-4",
      settings,
    );
    expect(state.status).toBe("success");
    const row = await db.comment.findFirstOrThrow({ where: { eventId: event.id } });
    expect(row.status).toBe("SPAM");
  });

  it("stores a quick second comment from the form given back after a first as pending, not spam", async () => {
    const event = await createEvent(db);
    const first = await handleCommentForm(
      form({ eventId: event.id, authorName: "Rosa", body: "First question", timeTrap: aMinuteAgo() }),
      "form-sender-5",
      settings,
    );
    expect(first.status).toBe("success");
    // A second later, with the fresh form the first post gave back.
    const second = await handleCommentForm(
      form({
        eventId: event.id,
        authorName: "Rosa",
        body: "And one more thing",
        idempotencyKey: first.idempotencyKey,
        timeTrap: first.timeTrap,
      }),
      "form-sender-5",
      settings,
    );
    expect(second.status).toBe("success");
    const rows = await db.comment.findMany({ where: { eventId: event.id }, select: { status: true } });
    expect(rows.map((row) => row.status)).toEqual(["PENDING", "PENDING"]);
  });

  it("still stores a first post sent sooner than a person could type as spam, and gives it no quick-post form", async () => {
    const event = await createEvent(db);
    const bot = await handleCommentForm(
      form({ eventId: event.id, authorName: "Bot", body: "Buy now", timeTrap: issueFormToken() }),
      "form-sender-6",
      settings,
    );
    const again = await handleCommentForm(
      form({ eventId: event.id, authorName: "Bot", body: "Buy again", timeTrap: bot.timeTrap }),
      "form-sender-6",
      settings,
    );
    expect(again.status).toBe("success");
    const rows = await db.comment.findMany({
      where: { eventId: event.id },
      select: { holdReason: true, status: true },
    });
    expect(rows.map((row) => row.status)).toEqual(["SPAM", "SPAM"]);
    expect(rows.every((row) => row.holdReason?.startsWith("Time trap: sent"))).toBe(true);
  });

  it("refuses an altered quick-post token as a bot's: the mark is signed", async () => {
    const event = await createEvent(db);
    const [shownAt] = issueFormToken().split(".");
    const forged = `${shownAt}+posted.${issueFormToken().split(".")[1]}`;
    await handleCommentForm(
      form({ eventId: event.id, authorName: "Bot", body: "Forged token", timeTrap: forged }),
      "form-sender-7",
      settings,
    );
    const row = await db.comment.findFirstOrThrow({ where: { eventId: event.id } });
    expect(row.status).toBe("SPAM");
    expect(row.holdReason).toMatch(/missing or altered/);
  });

  it("answers a 1 MB comment with 'too long' next to the field, keeps the text, and stores nothing", async () => {
    const event = await createEvent(db);
    const body = "a".repeat(1024 * 1024);
    const state = await handleCommentForm(
      form({ eventId: event.id, authorName: "Ann", body, timeTrap: aMinuteAgo() }),
      "form-sender-8",
      settings,
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors.body).toBe(
      "Your comment is too long (1,048,576 characters): please shorten it to 2000 characters or fewer.",
    );
    expect(state.values.body).toBe(body);
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("answers a NUL byte in the name or comment with a message next to that field, keeping the text", async () => {
    const event = await createEvent(db);
    const state = await handleCommentForm(
      form({ eventId: event.id, authorName: "A\u0000n", body: "Hello\u0000 there", timeTrap: aMinuteAgo() }),
      "form-sender-9",
      settings,
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors.authorName).toMatch(/invisible control character/);
    expect(state.fieldErrors.body).toMatch(/invisible control character/);
    expect(state.values.body).toBe("Hello\u0000 there");
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("answers an altered event or reply id (a NUL byte, junk) as closed for comments, storing nothing", async () => {
    const event = await createEvent(db);
    for (const ids of [
      { eventId: "\u0000" },
      { eventId: event.id, parentId: "x\u0000y" },
      { eventId: "a b" },
    ] as Record<string, string>[]) {
      const state = await handleCommentForm(
        form({ ...ids, authorName: "Ann", body: "Hello there", timeTrap: aMinuteAgo() }),
        "form-sender-10",
        settings,
      );
      expect(state.message).toBe(
        "This event or the comment you are replying to is no longer open for comments.",
      );
      expect(state.values.body).toBe("Hello there");
    }
    expect(await db.comment.count({ where: { eventId: event.id } })).toBe(0);
  });
  it("answers in the language the form was sent in: Spanish errors next to the fields, the text kept", async () => {
    const event = await createEvent(db);
    const base = { eventId: event.id, timeTrap: aMinuteAgo(), locale: "es" };
    const invalid = await handleCommentForm(
      form({ ...base, authorName: "", authorEmail: "ana@", body: "x".repeat(2345) }),
      "form-sender-es",
      settings,
    );
    expect(invalid).toMatchObject({
      status: "error",
      message: "Revise los campos marcados abajo.",
      fieldErrors: {
        authorName: "Escriba un nombre para mostrar con su comentario (basta con su nombre de pila).",
        authorEmail: "Este correo electrónico parece incompleto. Revíselo o deje el campo vacío.",
        body: "Su comentario es demasiado largo (2345 caracteres): acórtelo a 2000 caracteres o menos.",
      },
      values: { authorName: "", authorEmail: "ana@", body: "x".repeat(2345) },
    });
    const received = await handleCommentForm(
      form({
        ...base,
        authorName: "Ana",
        body: "¿Habrá café descafeinado?",
        idempotencyKey: "key-for-ana-es-abcdef",
      }),
      "form-sender-es",
      settings,
    );
    expect(received.message).toBe(
      "Gracias. Recibimos su mensaje; aparecerá aquí cuando un moderador lo revise.",
    );
  });

  it("answers in English when the form names no language, or one the site does not have", async () => {
    const event = await createEvent(db);
    const state = await handleCommentForm(
      form({ eventId: event.id, authorName: "Ann", body: "", timeTrap: aMinuteAgo(), locale: "fr" }),
      "form-sender-fr",
      settings,
    );
    expect(state.fieldErrors.body).toBe("Please write your question or comment.");
  });
});
