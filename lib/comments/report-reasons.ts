// Why a resident reports a comment, and the report form's state; shared by the report form
// and its schema (lib/comments/schema.ts). No zod here: the form ships to the browser.

export const REPORT_REASONS = {
  ABUSIVE: "Abusive, hateful or threatening",
  PERSONAL_INFO: "Shares someone's personal information",
  SPAM: "Spam or advertising",
  OFF_TOPIC: "Off topic",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

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
