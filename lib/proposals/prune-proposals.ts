// Housekeeping for proposals (lib/jobs/housekeeping.ts): a proposal, with the proposer's
// email, is deleted once it can no longer matter. The privacy page says the same.
import "server-only";
import { prisma } from "@/lib/db/client";

const DAY_MS = 24 * 60 * 60 * 1000;

export const KEEP_PROPOSALS = {
  /** After the department's answer (and its email): time for a question about it. */
  answeredDays: 90,
  /** Never answered: its suggested dates (at most 180 days ahead) have come. */
  unansweredDays: 180,
  /** Caught by the screening, never shown: kept a week in case of a mistake in the logs. */
  spamDays: 7,
} as const;

export async function pruneProposals(now = new Date()): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const { count } = await prisma.eventProposal.deleteMany({
    where: {
      OR: [
        { status: { in: ["ACCEPTED", "DECLINED"] }, decidedAt: { lt: before(KEEP_PROPOSALS.answeredDays) } },
        { status: "PENDING", createdAt: { lt: before(KEEP_PROPOSALS.unansweredDays) } },
        { status: "SPAM", createdAt: { lt: before(KEEP_PROPOSALS.spamDays) } },
      ],
    },
  });
  return count;
}
