// The second step of double opt-in: the confirmation link's holder turns the alerts on.
// The link opens a page with a button (a GET changes nothing: mail scanners follow links).
import "server-only";
import { requireAlertLink, type CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import { linkToken } from "./links";
import { findSubscriptionByConfirmToken } from "./queries";

/** Confirms (again: no change); returns the token of the manage link to land on. */
export async function confirmSubscription(
  _user: CurrentUser | null,
  { token }: { token: string },
  now = new Date(),
): Promise<{ manageToken: string }> {
  const found = requireAlertLink(await findSubscriptionByConfirmToken(token, now), "confirm alerts");
  const row = await prisma.alertSubscription.update({
    where: { id: found.id },
    data: { confirmedAt: found.confirmedAt ?? now },
    select: { linkNonce: true },
  });
  return { manageToken: linkToken("manage", row.linkNonce) };
}
