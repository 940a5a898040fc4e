// The job runner: pg-boss on the site's own PostgreSQL (its tables live in the
// "pgboss" schema, beside Prisma's). Every instance of the site runs one (JOBS=0 turns
// it off for an instance); pg-boss hands each job to one of them, retries failures,
// and fires each schedule once across all instances. Background work (housekeeping,
// emails) runs here, never inside a web request. See docs/decisions/0015-jobs-and-operations.md.
import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { sendDueAlerts, sendWeeklyDigests } from "@/lib/alerts/send-alerts";
import { sendProposalAnswers } from "@/lib/proposals/notify-proposer";
import { sendFollowUpNotices } from "@/lib/recaps/notify-follow-up-done";
import { runHousekeeping } from "./housekeeping";
import { JOBS, setRunningBoss } from "./queue";

export { JOBS };

/** How pg-boss retries a failed job: 3 more times, after 60 s then longer (tests shorten the delay). */
export type RetryPolicy = { retryLimit: number; retryDelay: number };
const RETRY: RetryPolicy = { retryLimit: 3, retryDelay: 60 };

async function runEvery(
  boss: PgBoss,
  job: { queue: string; cron: string },
  work: () => Promise<unknown>,
  policy: "standard" | "singleton" = "standard",
  retry: RetryPolicy = RETRY,
) {
  await boss.createQueue(job.queue, {
    name: job.queue,
    policy,
    ...retry,
    retryBackoff: true,
  });
  await boss.schedule(job.queue, job.cron, undefined, { tz: "UTC" });
  await boss.work(job.queue, async () => {
    await work();
  });
}

export async function startJobRunner(
  databaseUrl = env().DATABASE_URL,
  { retry = RETRY }: { retry?: RetryPolicy } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 2,
    application_name: "cwac-jobs",
  });
  boss.on("error", (error: Error) => console.error("[jobs]", error.message));
  boss.on("stopped", () => setRunningBoss(undefined));
  await boss.start();
  await runEvery(boss, JOBS.housekeeping, async () => {
    console.info("[jobs] housekeeping deleted", await runHousekeeping());
  });
  // One run at a time across instances, so that no resident is emailed twice.
  await runEvery(
    boss,
    JOBS.followUpNotices,
    async () => {
      const sent = await sendFollowUpNotices();
      if (sent > 0) console.info("[jobs] follow-up notices sent", sent);
    },
    "singleton",
  );
  // Alerts: one run at a time too; each email is also claimed in its own transaction.
  await runEvery(
    boss,
    JOBS.emailAlerts,
    async () => {
      const run = await sendDueAlerts();
      if (run.confirmations + run.alerts + run.cancellations > 0)
        console.info("[jobs] alert emails sent", run);
    },
    "singleton",
    retry,
  );
  await runEvery(
    boss,
    JOBS.alertDigest,
    async () => console.info("[jobs] weekly alert digests sent", await sendWeeklyDigests()),
    "singleton",
    retry,
  );
  await runEvery(
    boss,
    JOBS.proposalAnswers,
    async () => {
      const sent = await sendProposalAnswers();
      if (sent > 0) console.info("[jobs] proposal answers sent", sent);
    },
    "singleton",
    retry,
  );
  setRunningBoss(boss);
  return boss;
}
