// The development outbox: emails kept when no SMTP server is configured.
import "server-only";
import { prisma } from "@/lib/db/client";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";

export async function listOutbox(user: CurrentUser | null, limit = 50) {
  await requireAdmin(user);
  return prisma.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

/** Deletes outbox emails kept since before `olderThan`; their links have expired by then. */
export async function pruneOutbox(olderThan: Date): Promise<number> {
  const { count } = await prisma.outboxEmail.deleteMany({ where: { createdAt: { lt: olderThan } } });
  return count;
}
