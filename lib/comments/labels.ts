// The comments' choices: report reasons (with the English kept in the audit log),
// moderation decisions and queue views. No "server-only": the forms use them.

/** Why a resident reports a comment. */
export const REPORT_REASONS = {
  ABUSIVE: "Abusive, hateful or threatening",
  PERSONAL_INFO: "Shares someone's personal information",
  SPAM: "Spam or advertising",
  OFF_TOPIC: "Off topic",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

/** A moderator's decisions; their words are in the catalogs (AdminModeration.decision). */
export const DECISIONS = ["APPROVED", "REJECTED", "SPAM"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The form every queue row's checkbox and buttons belong to (through their form attribute). */
export const MODERATION_FORM_ID = "moderation-form";

/** The queue's views, as the "Show" filter offers them (words in AdminModeration.view). */
export const QUEUE_VIEWS = ["review", "PENDING", "REPORTED", "APPROVED", "REJECTED", "SPAM"] as const;

export type QueueView = (typeof QUEUE_VIEWS)[number];
