// Decision names and button labels; no server-only, so client components can use them.
export const DECISIONS = { APPROVED: "Approve", REJECTED: "Reject", SPAM: "Mark as spam" } as const;
export type Decision = keyof typeof DECISIONS;

/** The form every queue row's checkbox and buttons belong to (through their form attribute). */
export const MODERATION_FORM_ID = "moderation-form";
