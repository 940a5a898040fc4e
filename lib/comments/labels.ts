// The words shown for the comments' choices: report reasons, moderation decisions and
// queue views. No "server-only": the forms use them.

/** Why a resident reports a comment. */
export const REPORT_REASONS = {
  ABUSIVE: "Abusive, hateful or threatening",
  PERSONAL_INFO: "Shares someone's personal information",
  SPAM: "Spam or advertising",
  OFF_TOPIC: "Off topic",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

/** A moderator's decisions and their buttons' labels. */
export const DECISIONS = { APPROVED: "Approve", REJECTED: "Reject", SPAM: "Mark as spam" } as const;
export type Decision = keyof typeof DECISIONS;

/** The same decisions once made, for the answer after a decision. */
export const DECIDED: Record<Decision, string> = {
  APPROVED: "Approved",
  REJECTED: "Rejected",
  SPAM: "Marked as spam",
};

/** The form every queue row's checkbox and buttons belong to (through their form attribute). */
export const MODERATION_FORM_ID = "moderation-form";

/** The queue's views, as the "Show" filter offers them: short enough for a phone's select. */
export const QUEUE_VIEWS = {
  review: "Needs review",
  PENDING: "Pending",
  REPORTED: "Reported",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  SPAM: "Spam",
} as const;

export type QueueView = keyof typeof QUEUE_VIEWS;

/** The heading over the queue: the view, spelled out. */
export const QUEUE_VIEW_TITLES: Record<QueueView, string> = {
  ...QUEUE_VIEWS,
  review: "Needs review (pending or reported)",
};
