// Housekeeping: rows that can never matter again are deleted, so that no table grows
// without bound. Run by the job runner (lib/jobs/runner.ts) every hour; safe to run
// from several instances at once, and again after a missed run.
import "server-only";
import { pruneSessions } from "@/lib/auth/user-sessions";
import { pruneDeliveriesOfPastEvents, pruneUnconfirmedSubscriptions } from "@/lib/alerts/prune-subscriptions";
import { prisma } from "@/lib/db/client";
import { pruneOutbox } from "@/lib/mail/outbox";
import { pruneProposals } from "@/lib/proposals/prune-proposals";
import { pruneRateLimits } from "@/lib/rate-limit";
import { pruneTokens } from "@/lib/users/tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long each kind of row is kept after it stopped mattering. */
export const KEEP = {
  /** Rate-limit windows: the longest is an hour. */
  rateLimitsMs: DAY_MS,
  /** Used or expired one-time links, and ended or expired sessions: kept a week for support questions. */
  tokensMs: 7 * DAY_MS,
  sessionsMs: 7 * DAY_MS,
  /** Development outbox: the longest-lived link in it (an invitation) expires after 7 days. */
  outboxMs: 8 * DAY_MS,
  /** Alert sign-ups never confirmed: deleted, address included, as soon as their link expired. */
  unconfirmedAlertsMs: 0,
  /** What alerts told about an event: kept a day after it ended (cancellation notices need it until then). */
  alertDeliveriesMs: DAY_MS,
};

export type HousekeepingReport = {
  rateLimits: number;
  tokens: number;
  sessions: number;
  outbox: number;
  unconfirmedAlerts: number;
  alertDeliveries: number;
  /** Event proposals past their retention (lib/proposals/prune-proposals.ts), the proposer's email with them. */
  proposals: number;
};

export async function runHousekeeping(now = new Date()): Promise<HousekeepingReport> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    rateLimits: await pruneRateLimits(before(KEEP.rateLimitsMs)),
    tokens: await pruneTokens(prisma, before(KEEP.tokensMs)),
    sessions: await pruneSessions(before(KEEP.sessionsMs)),
    outbox: await pruneOutbox(before(KEEP.outboxMs)),
    unconfirmedAlerts: await pruneUnconfirmedSubscriptions(before(KEEP.unconfirmedAlertsMs)),
    alertDeliveries: await pruneDeliveriesOfPastEvents(before(KEEP.alertDeliveriesMs)),
    proposals: await pruneProposals(now),
  };
}
