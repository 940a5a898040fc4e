// Unsubscribing deletes the subscription, its address and what it was told: nothing of it
// is kept. From the manage page, the one-button unsubscribe page, or a mail client's
// one-click POST (RFC 8058, app/api/alerts/unsubscribe).
import "server-only";
import { requireAlertLink, type CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import { findSubscriptionByManageToken } from "./queries";

export async function deleteSubscription(
  _user: CurrentUser | null,
  { token }: { token: string },
): Promise<{ locale: string }> {
  const found = requireAlertLink(await findSubscriptionByManageToken(token), "stop alerts");
  await prisma.alertSubscription.deleteMany({ where: { id: found.id } });
  return { locale: found.locale };
}
