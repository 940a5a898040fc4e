// Field limits shared by the comment forms (maxLength) and their zod schemas.
export const COMMENT_LIMITS = {
  authorName: { min: 1, max: 80 },
  authorEmail: { max: 254 },
  body: { min: 2, max: 2000 },
  reportDetails: { max: 500 },
  /** Why a moderator rejected a comment: for the audit log, never shown to the author. */
  rejectReason: { max: 300 },
} as const;

/** The honeypot's field name: plausible to a bot, hidden from people and screen readers. */
export const HONEYPOT_FIELD = "website";

/** A pending comment older than this is flagged in the queue and on the dashboard. */
export const STALE_PENDING_DAYS = 7;
