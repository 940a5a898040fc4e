// Housekeeping for alerts (lib/jobs/housekeeping.ts): sign-ups never confirmed are
// deleted, address included, once their link has expired; and what subscriptions were
// told about events that are over (nothing can be sent about those any more).
import "server-only";
import { prisma } from "@/lib/db/client";

export async function pruneUnconfirmedSubscriptions(expiredBefore: Date): Promise<number> {
  const { count } = await prisma.alertSubscription.deleteMany({
    where: { confirmedAt: null, confirmExpiresAt: { lt: expiredBefore } },
  });
  return count;
}

export async function pruneDeliveriesOfPastEvents(endedBefore: Date): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "AlertDelivery" d
    WHERE NOT EXISTS (SELECT 1 FROM "Event" e WHERE e.id = d."eventId" AND e."endsAt" >= ${endedBefore})`;
}
