import "server-only";
import { randomUUID } from "node:crypto";
import { issueFormToken } from "./form-token";
import type { CommentFormState } from "./schema";

/** A fresh, empty comment form: a new idempotency key and a new time-trap token. */
export function emptyCommentForm(
  now: Date = new Date(),
  timing: { afterPost?: boolean } = {},
): CommentFormState {
  return {
    status: "idle",
    message: null,
    fieldErrors: {},
    values: { authorName: "", authorEmail: "", body: "" },
    idempotencyKey: randomUUID(),
    formToken: issueFormToken(now, timing),
  };
}
