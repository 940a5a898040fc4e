import "server-only";
import { prisma } from "@/lib/db/client";

export type RateLimitRule = {
  /** Names the limit, e.g. "signin:account". */
  name: string;
  limit: number;
  windowSeconds: number;
};

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

function windowStartFor(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one attempt against a fixed-window limit kept in PostgreSQL, so every
 * instance of the site shares it. `subject` is an id or a salted hash, never a raw
 * address or email.
 */
export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowStartFor(now, rule.windowSeconds);
  const key = `${rule.name}:${subject}`;
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  const windowEndsMs = windowStart.getTime() + rule.windowSeconds * 1000;
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((windowEndsMs - now.getTime()) / 1000)),
  };
}

/** Forgets a subject's attempts, e.g. after a successful sign-in. */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: `${rule.name}:${subject}` } });
}

/** Deletes windows that ended long ago; safe to call from any instance. */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  const { count } = await prisma.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
