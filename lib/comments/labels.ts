// Why a resident reports a comment; shared by the report form and its schema.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasNoControlCharacters } from "@/lib/actions/fields";
import { COMMENT_LIMITS } from "./limits";
import { RowId } from "./schema";

export const REPORT_REASONS = {
  ABUSIVE: "Abusive, hateful or threatening",
  PERSONAL_INFO: "Shares someone's personal information",
  SPAM: "Spam or advertising",
  OFF_TOPIC: "Off topic",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

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
        .max(
          COMMENT_LIMITS.reportDetails.max,
          `Please keep this under ${COMMENT_LIMITS.reportDetails.max} characters.`,
        )
        .refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE),
    ),
});

export type ReportFormState = {
  status: "idle" | "received" | "error";
  message: string | null;
  fieldErrors: { reason?: string; details?: string };
  values: { reason: string; details: string };
};

export const emptyReportForm: ReportFormState = {
  status: "idle",
  message: null,
  fieldErrors: {},
  values: { reason: "", details: "" },
};
