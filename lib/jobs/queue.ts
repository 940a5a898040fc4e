// Asks for a job to run soon, from a server action: through this process's runner when it
// has one (JOBS=1), else the job's schedule on an instance that runs jobs picks the work
// up within its period. The work itself never runs inside the web request.
import "server-only";
import type PgBoss from "pg-boss";

/** The queues and their schedules (UTC cron). */
export const JOBS = {
  housekeeping: { queue: "housekeeping", cron: "17 * * * *" },
  /** Emails residents whose question a follow-up answered once it is done; also asked for at once by the write. */
  followUpNotices: { queue: "follow-up-notices", cron: "* * * * *" },
  /** Alert confirmations, alerts sent right away and cancellation notices; also asked for at once by the writes. */
  emailAlerts: { queue: "email-alerts", cron: "* * * * *" },
  /** The weekly digest of new events, Mondays at 13:00 UTC (morning in every US zone). */
  alertDigest: { queue: "alert-digest", cron: "0 13 * * 1" },
  /** Emails a proposer the department's answer (accepted or declined); also asked for at once by the write. */
  proposalAnswers: { queue: "proposal-answers", cron: "* * * * *" },
} as const;

export type QueueName = (typeof JOBS)[keyof typeof JOBS]["queue"];

// Kept on globalThis: Next.js may load this module once for instrumentation.ts and once
// for the server actions, and both must see the one runner.
const holder = globalThis as typeof globalThis & { cwacJobRunner?: PgBoss };

export function setRunningBoss(boss: PgBoss | undefined): void {
  holder.cwacJobRunner = boss;
}

/** Queues one run of the job; false when this process runs no jobs (its schedule will). */
export async function requestJob(queue: QueueName): Promise<boolean> {
  const boss = holder.cwacJobRunner;
  if (!boss) return false;
  try {
    await boss.send(queue, {});
    return true;
  } catch (error) {
    // The schedule still runs it: a failed request must not fail the write that asked.
    console.warn("[jobs] could not queue", queue, error instanceof Error ? error.message : error);
    return false;
  }
}
