import "server-only";
import { randomUUID } from "node:crypto";
import { HONEYPOT_FIELD } from "./limits";
import { emptyCommentForm } from "./form-state";
import { readFormToken } from "./form-token";
import { postComment } from "./post";
import { PostCommentSchema, type CommentFieldErrors, type CommentFormState } from "./schema";
import type { CommentSettings } from "./settings";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

const IDEMPOTENCY_KEY = /^[\w-]{16,100}$/;

/** The comment form's whole answer, given the sender's salted address hash (testable without HTTP). */
export async function handleCommentForm(
  formData: FormData,
  senderHash: string,
  settings?: CommentSettings,
): Promise<CommentFormState> {
  const values = {
    authorName: text(formData, "authorName"),
    authorEmail: text(formData, "authorEmail"),
    body: text(formData, "body"),
  };
  const givenKey = text(formData, "idempotencyKey");
  const idempotencyKey = IDEMPOTENCY_KEY.test(givenKey) ? givenKey : randomUUID();
  const formToken = text(formData, "formToken");
  const keep = { values, idempotencyKey, formToken };

  const notOpen = {
    ...keep,
    status: "error",
    message: "This event or the comment you are replying to is no longer open for comments.",
    fieldErrors: {},
  } as const;
  const parsed = PostCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    // The hidden ids were altered: no event or comment has them.
    if (parsed.error.issues.some((issue) => issue.path[0] === "eventId" || issue.path[0] === "parentId")) {
      return notOpen;
    }
    const fieldErrors: CommentFieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "authorName" || field === "authorEmail" || field === "body") {
        fieldErrors[field] ??= issue.message;
      }
    }
    return { ...keep, status: "error", message: "Please check the fields marked below.", fieldErrors };
  }

  const result = await postComment(
    {
      ...parsed.data,
      idempotencyKey,
      honeypot: text(formData, HONEYPOT_FIELD),
      formTiming: readFormToken(formToken),
    },
    { senderHash, settings },
  );

  switch (result.outcome) {
    case "received":
      return {
        // A post that passed the time trap gets a form that may be sent again at once.
        ...emptyCommentForm(new Date(), { afterPost: result.status !== "SPAM" }),
        status: "received",
        message: "Thank you. Your message was received; it will appear here after a moderator reviews it.",
      };
    case "rate-limited": {
      const minutes = result.retryAfterMinutes;
      const wait = `${minutes} minute${minutes === 1 ? "" : "s"}`;
      const who =
        result.limited === "sender"
          ? "Too many comments from your connection."
          : "This event is receiving a lot of comments right now.";
      return {
        ...keep,
        status: "error",
        message: `${who} Please try again in ${wait}; your text is still here.`,
        fieldErrors: {},
      };
    }
    case "not-found":
      return notOpen;
  }
}
