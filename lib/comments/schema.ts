// The public comment and report forms' schemas, with the messages people see next to each field.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasNoControlCharacters } from "@/lib/actions/fields";
import { COMMENT_LIMITS as L } from "./limits";
import { REPORT_REASONS, type ReportReason } from "./report-reasons";

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "");

/** Row ids as the form sends them back (cuid); anything else names no event or comment. */
export const RowId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\w-]+$/);

export const PostCommentSchema = z.object({
  eventId: RowId,
  parentId: optionalText.pipe(z.union([z.literal(""), RowId])),
  authorName: optionalText.pipe(
    z
      .string()
      .min(L.authorName.min, "Please enter a name to show with your comment (a first name is fine).")
      .max(L.authorName.max, `Please keep the name under ${L.authorName.max} characters.`)
      .refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE),
  ),
  authorEmail: optionalText.pipe(
    z.union([
      z.literal(""),
      z
        .email("This email address doesn't look complete. Check it, or leave the field empty.")
        .max(L.authorEmail.max, "This email address is too long."),
    ]),
  ),
  body: optionalText.pipe(
    z
      .string()
      .min(L.body.min, "Please write your question or comment.")
      .max(L.body.max, {
        error: (issue) =>
          `Your comment is too long (${(issue.input as string).length.toLocaleString("en-US")} characters): please shorten it to ${L.body.max} characters or fewer.`,
      })
      .refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE),
  ),
});

export type PostCommentFields = z.infer<typeof PostCommentSchema>;

/** The fields a person typed, given back to the form so nothing is lost. */
export type CommentFormValues = { authorName: string; authorEmail: string; body: string };
export type CommentFieldErrors = Partial<Record<keyof CommentFormValues, string>>;

export type CommentFormState = {
  status: "idle" | "received" | "error";
  message: string | null;
  fieldErrors: CommentFieldErrors;
  values: CommentFormValues;
  idempotencyKey: string;
  formToken: string;
};

/** A resident's report of an approved comment. */
export const ReportCommentSchema = z.object({
  commentId: RowId,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], {
    error: "Please choose what is wrong with this comment.",
  }),
  details: z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(
      z
        .string()
        .max(L.reportDetails.max, `Please keep this under ${L.reportDetails.max} characters.`)
        .refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE),
    ),
});
