import "server-only";
import { prisma } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/guards";
import { moderationScope, stalePendingBefore } from "./scope";

export type ModerationCounts = { pending: number; stalePending: number; reported: number };

/** What waits for this user: the dashboard's numbers. */
export async function moderationCounts(user: CurrentUser, now: Date = new Date()): Promise<ModerationCounts> {
  const scope = moderationScope(user);
  const [pending, stalePending, reported] = await Promise.all([
    prisma.comment.count({ where: { AND: [scope, { status: "PENDING" }] } }),
    prisma.comment.count({
      where: { AND: [scope, { status: "PENDING", createdAt: { lt: stalePendingBefore(now) } }] },
    }),
    prisma.comment.count({ where: { AND: [scope, { reports: { some: { resolvedAt: null } } }] } }),
  ]);
  return { pending, stalePending, reported };
}
