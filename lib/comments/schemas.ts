// The comment forms' and the moderation queue's schemas, with the messages people see
// next to each field. No "server-only": forms read their limits beside them.
import { z } from "zod";
import { hasNoControlCharacters, language, trimmedText } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { DECISIONS, QUEUE_VIEWS, REPORT_REASONS, type ReportReason } from "./labels";
import { COMMENT_LIMITS as L, HONEYPOT_FIELD } from "./limits";

/** Row ids as the form sends them back (cuid); anything else names no event or comment. */
export const RowId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\w-]+$/);

/** A resend with the same key is the same post; a missing or odd key gets a fresh one. */
const IdempotencyKey = z
  .string()
  .regex(/^[\w-]{16,100}$/)
  .catch(() => crypto.randomUUID());

const withoutControlCharacters = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine(hasNoControlCharacters, messageKey("Forms.controlCharacter"));

export const PostCommentSchema = z.object({
  // Altered hidden ids (null here) name no event or comment: answered as closed, not as a field error.
  eventId: RowId.nullable().catch(null),
  parentId: trimmedText
    .pipe(z.union([z.literal(""), RowId]))
    .nullable()
    .catch(null),
  authorName: trimmedText.pipe(
    withoutControlCharacters(
      z
        .string()
        .min(L.authorName.min, messageKey("Comments.error.nameMissing"))
        .max(L.authorName.max, messageKey("Comments.error.nameTooLong", { max: L.authorName.max })),
    ),
  ),
  authorEmail: trimmedText.pipe(
    z.union([
      z.literal(""),
      z
        .email(messageKey("Comments.error.emailIncomplete"))
        .max(L.authorEmail.max, messageKey("Comments.error.emailTooLong")),
    ]),
  ),
  body: trimmedText.pipe(
    withoutControlCharacters(
      z
        .string()
        .min(L.body.min, messageKey("Comments.error.bodyMissing"))
        .max(L.body.max, {
          error: (issue) =>
            messageKey("Comments.error.bodyTooLong", {
              length: (issue.input as string).length,
              max: L.body.max,
            }),
        }),
    ),
  ),
  idempotencyKey: IdempotencyKey,
  /** The time trap's signed token (lib/comments/form-token.ts). */
  timeTrap: z.string().catch(""),
  [HONEYPOT_FIELD]: z.string().catch(""),
  /** The form's language: a follow-up notice to the author goes out in it. */
  locale: language,
});

export type PostCommentForm = z.output<typeof PostCommentSchema>;

export const ReportCommentSchema = z.object({
  commentId: RowId,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], {
    error: messageKey("Comments.error.reasonMissing"),
  }),
  details: trimmedText.pipe(
    withoutControlCharacters(
      z
        .string()
        .max(L.reportDetails.max, messageKey("Comments.error.detailsTooLong", { max: L.reportDetails.max })),
    ),
  ),
});

export type ReportCommentInput = z.output<typeof ReportCommentSchema>;

export const OfficialReplySchema = z.object({
  parentId: RowId,
  departmentId: z
    .string()
    .min(1, messageKey("Comments.error.departmentMissing"))
    .max(40)
    .regex(/^[\w-]+$/, messageKey("Comments.error.departmentMissing")),
  body: withoutControlCharacters(
    z
      .string()
      .trim()
      .min(L.body.min, messageKey("Comments.error.answerMissing"))
      .max(L.body.max, messageKey("Comments.error.answerTooLong", { max: String(L.body.max) })),
  ),
  idempotencyKey: IdempotencyKey,
});

export type OfficialReplyInput = z.output<typeof OfficialReplySchema>;

export const ModerateSchema = z.object({
  decision: z.enum(DECISIONS),
  ids: z
    .array(z.string().min(1).max(40))
    .min(1, messageKey("AdminModeration.error.noneSelected"))
    .max(200, messageKey("AdminModeration.error.tooMany", { max: 200 })),
  /** Why the comments were rejected (optional): recorded in the audit log, only with a rejection. */
  reason: z
    .string()
    .trim()
    .max(L.rejectReason.max, messageKey("AdminModeration.error.reasonTooLong", { max: L.rejectReason.max }))
    .optional(),
});

export type ModerateInput = z.output<typeof ModerateSchema>;

/** A row's own reason field: `reason-<comment id>`; the bulk buttons' field is `reason`. */
export const rowReasonField = (commentId: string) => `reason-${commentId}`;

// One form serves both: a row's button sends act="APPROVED:<id>" (with that row's reason
// field); a bulk button sends act="APPROVED" with the ticked boxes as ids (and the bulk reason).
export const ModerateFormSchema = z
  .looseObject({
    act: z.string().max(60),
    ids: z.union([z.string(), z.array(z.string())]).optional(),
    reason: z.string().optional(),
  })
  .transform(({ act, ids, reason, ...fields }) => {
    const [decision, one] = act.split(":");
    const typed = one ? fields[rowReasonField(one)] : reason;
    return {
      decision,
      ids: one ? [one] : [ids ?? []].flat().filter(Boolean),
      ...(decision === "REJECTED" && typeof typed === "string" && { reason: typed }),
    };
  })
  .pipe(ModerateSchema);

// The queue's filters, read from the URL (GET), so they work without JavaScript.
const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((value) => value || undefined);

export const QueueFiltersSchema = z.object({
  view: z.enum(QUEUE_VIEWS).catch("review"),
  department: optionalId.catch(undefined),
  event: optionalId.catch(undefined),
});

export type QueueFilters = z.infer<typeof QueueFiltersSchema>;

/** searchParams (values may be arrays) → filters; anything odd falls back to the default. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return QueueFiltersSchema.parse({
    view: first(params.view),
    department: first(params.department),
    event: first(params.event),
  });
}
