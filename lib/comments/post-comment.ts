import "server-only";
import { createHash } from "node:crypto";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import type { CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { consumeRateLimit } from "@/lib/rate-limit";
import { readFormToken } from "./form-token";
import { HONEYPOT_FIELD } from "./limits";
import type { PostCommentForm } from "./schemas";
import { screenComment, type FormTiming } from "./screen";
import { commentSettings, type SenderContext } from "./settings";
import { findEarlierCopy, storeComment, type NewComment } from "./store";

export type PostCommentInput = {
  eventId: string;
  parentId?: string | null;
  authorName: string;
  authorEmail?: string | null;
  /** The language the author wrote from ("en" when not given). */
  authorLocale?: Locale;
  body: string;
  idempotencyKey: string;
  honeypot: string;
  formTiming: FormTiming | null;
};

export type PostCommentResult =
  | { outcome: "received"; commentId: string; status: CommentStatus }
  | { outcome: "rate-limited"; retryAfterMinutes: number; limited: "sender" | "event" }
  | { outcome: "not-found" };

/** Replies attach to a top-level approved comment of the same event (one level only). */
async function resolveParent(eventId: string, parentId: string): Promise<string | null> {
  const parent = await prisma.comment.findFirst({
    where: { id: parentId, eventId, status: "APPROVED" },
    select: { id: true, parentId: true },
  });
  return parent ? (parent.parentId ?? parent.id) : null;
}

/**
 * The form's idempotency key, made the sender's own: a cached event page gives every
 * visitor the same form (docs/decisions/0016), so the key alone names a form, not a
 * comment. A resend of the same words from the same sender keeps the same key.
 */
function senderScopedKey(input: PostCommentInput, senderHash: string): string {
  const parts = [input.idempotencyKey, senderHash, input.parentId ?? "", input.authorName, input.body];
  return createHash("sha256").update(parts.join("\0")).digest("base64url");
}

/**
 * A resident's comment or question. A resend with the same idempotency key, or the
 * same words again from the same sender (a second tab), is the same comment. Nothing
 * else happens to an accepted comment before it is stored.
 */
export async function postComment(
  input: PostCommentInput,
  { senderHash, now = new Date(), settings = commentSettings() }: SenderContext,
): Promise<PostCommentResult> {
  const event = await prisma.event.findFirst({
    where: { id: input.eventId, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: { id: true },
  });
  if (!event) return { outcome: "not-found" };
  const parentId = input.parentId ? await resolveParent(event.id, input.parentId) : null;
  if (input.parentId && !parentId) return { outcome: "not-found" };

  const data: NewComment = {
    eventId: event.id,
    parentId,
    authorName: input.authorName,
    authorEmail: input.authorEmail || null,
    authorLocale: input.authorLocale ?? "en",
    body: input.body,
    senderHash,
    idempotencyKey: senderScopedKey(input, senderHash),
  };
  const copy = await findEarlierCopy(data, now);
  if (copy) return { outcome: "received", commentId: copy.id, status: copy.status };

  for (const [limited, rule, subject] of [
    ["sender", settings.perAddress, senderHash],
    ["event", settings.perEvent, event.id],
  ] as const) {
    const limit = await consumeRateLimit(rule, subject, now);
    if (!limit.allowed) {
      // Refused before it is stored (the person keeps the text): the log records why.
      console.warn("[comments] refused: rate limit", { eventId: event.id, limited, senderHash });
      return { outcome: "rate-limited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), limited };
    }
  }

  const screening = screenComment({ ...input, now }, settings);
  const commentId = await storeComment({ ...data, ...screening }, now);
  const { status } = screening;
  return { outcome: "received", commentId, status };
}

const NOT_OPEN = messageKey("Comments.error.notOpen");

function tooMany({ retryAfterMinutes: minutes, limited }: { retryAfterMinutes: number; limited: string }) {
  const key = limited === "sender" ? "tooManyFromSender" : "tooManyOnEvent";
  return messageKey(`Comments.error.${key}`, { minutes });
}

/** The comment form's post, by anyone: what cannot be stored is answered on the form, with the text kept. */
export async function postCommentFromForm(
  _user: CurrentUser | null,
  form: PostCommentForm,
  context: SenderContext,
): Promise<Extract<PostCommentResult, { outcome: "received" }>> {
  // The hidden ids were altered: no event or comment has them.
  if (form.eventId === null || form.parentId === null) throw new InputError({}, NOT_OPEN, 409);
  const result = await postComment(
    {
      eventId: form.eventId,
      parentId: form.parentId,
      authorName: form.authorName,
      authorEmail: form.authorEmail,
      authorLocale: form.locale,
      body: form.body,
      idempotencyKey: form.idempotencyKey,
      honeypot: form[HONEYPOT_FIELD],
      formTiming: readFormToken(form.timeTrap),
    },
    context,
  );
  if (result.outcome === "not-found") throw new InputError({}, NOT_OPEN, 409);
  if (result.outcome === "rate-limited") throw new InputError({}, tooMany(result), 429);
  return result;
}
