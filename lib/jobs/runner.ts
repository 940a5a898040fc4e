// The job runner: pg-boss on the site's own PostgreSQL (its tables live in the
// "pgboss" schema, beside Prisma's). Every instance of the site runs one (JOBS=0 turns
// it off for an instance); pg-boss hands each job to one of them, retries failures,
// and fires each schedule once across all instances. Background work (housekeeping;
// later, emails) runs here, never inside a web request. See docs/decisions/0015-jobs-and-operations.md.
import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { runHousekeeping } from "./housekeeping";

export const JOBS = {
  housekeeping: { queue: "housekeeping", cron: "17 * * * *" },
} as const;

export async function startJobRunner(databaseUrl = env().DATABASE_URL): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 2,
    application_name: "cwac-jobs",
  });
  boss.on("error", (error: Error) => console.error("[jobs]", error.message));
  await boss.start();
  const { queue } = JOBS.housekeeping;
  await boss.createQueue(queue, { name: queue, retryLimit: 3, retryDelay: 60, retryBackoff: true });
  await boss.schedule(queue, JOBS.housekeeping.cron, undefined, { tz: "UTC" });
  await boss.work(queue, async () => {
    console.info("[jobs] housekeeping deleted", await runHousekeeping());
  });
  return boss;
}
