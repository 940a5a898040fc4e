// Whether this instance can serve: PostgreSQL answers within a bound. Cheap (one
// `SELECT 1`), so load balancers may ask every few seconds.
import "server-only";
import { prisma } from "@/lib/db/client";

export const READINESS_TIMEOUT_MS = 2_000;

export type Readiness = { ready: boolean; checks: { database: "ok" | "failing" } };

async function answersWithin<T>(work: Promise<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  const database = await answersWithin(prisma.$queryRaw`SELECT 1`, timeoutMs);
  return { ready: database, checks: { database: database ? "ok" : "failing" } };
}
